using System.Globalization;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Quiz;

namespace AttachmentGuide.Tests.Stats;

public sealed class ComparisonTests
{
    [Theory]
    [InlineData(49, false)]
    [InlineData(50, true)]
    public async Task The_result_page_compares_with_saved_results_from_50_on(int saved, bool compared)
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var quiz = Seeding.Quiz(site);
        var people = Seeding.Coherent(quiz, saved, seed: 3);
        await Seeding.SaveAsync(site, people);
        var taker = Seeding.Coherent(quiz, 1, seed: 99)[0];

        var dom = await Html.ReadAsync(await site.CreateClient().GetAsync($"/quiz/result?v={quiz.Version}&a={AnswerCodec.Encode(taker)}"));

        var text = dom.QuerySelector("main")!.TextContent.ReplaceLineEndings(" ");
        var plotRing = dom.QuerySelector("svg .plot-crowd");
        if (!compared)
        {
            Assert.Contains("Comparisons appear once 50 people have saved results", text, StringComparison.Ordinal);
            Assert.Null(plotRing);
            return;
        }

        var score = Scorer.Score(quiz, taker);
        var anxieties = people.Select(p => (double)Scorer.Score(quiz, p).Anxiety).ToList();
        var avoidances = people.Select(p => (double)Scorer.Score(quiz, p).Avoidance).ToList();
        Assert.Contains($"higher anxiety than about {Percentile(anxieties, (double)score.Anxiety)}% of people who saved their results", Squash(text), StringComparison.Ordinal);
        Assert.Contains($"higher avoidance than about {Percentile(avoidances, (double)score.Avoidance)}%", Squash(text), StringComparison.Ordinal);
        Assert.NotNull(plotRing);
        Assert.Contains("middle of saved results", dom.QuerySelector("svg desc")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dom.QuerySelector("main a[href='/quiz/stats']"));
    }

    /// <summary>Share strictly below plus half the ties, as docs/quiz.md defines it, rounded to a whole percent.</summary>
    private static string Percentile(List<double> crowd, double score)
    {
        var below = crowd.Count(v => v < score);
        var tied = crowd.Count(v => v == score);
        return Math.Round(100.0 * (below + (tied / 2.0)) / crowd.Count, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
    }

    private static string Squash(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
