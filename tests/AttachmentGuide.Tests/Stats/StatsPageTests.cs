using System.Globalization;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Quiz;
using AttachmentGuide.Web.Stats;

namespace AttachmentGuide.Tests.Stats;

/// <summary>Each test gets its own site, because the statistics are cached for a minute once read.</summary>
public sealed class StatsPageTests
{
    [Fact]
    public async Task With_19_saved_results_the_page_shows_no_numbers_at_all()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var quiz = Seeding.Quiz(site);
        await Seeding.SaveAsync(site, Seeding.Coherent(quiz, 19, seed: 1));

        var dom = await Html.ReadAsync(await site.CreateClient().GetAsync("/quiz/stats"));

        Assert.Contains("Statistics appear once 20 people have saved results", dom.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(dom.QuerySelectorAll("main svg, main table"));
        Assert.DoesNotContain("19", dom.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_20_saved_results_the_page_shows_charts_and_tables_but_masks_groups_under_5()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var quiz = Seeding.Quiz(site);
        var low = Seeding.Uniform(quiz, 2);  // keyed mostly 2, so one cell, one pattern
        var high = Seeding.Uniform(quiz, 6);
        await Seeding.SaveAsync(site, [.. Enumerable.Repeat(low, 17), .. Enumerable.Repeat(high, 3)], firstDay: new DateOnly(2026, 3, 1));

        var dom = await Html.ReadAsync(await site.CreateClient().GetAsync("/quiz/stats"));

        var main = dom.QuerySelector("main")!;
        Assert.Contains("20 results", main.TextContent, StringComparison.Ordinal);
        Assert.Contains(quiz.Version, main.TextContent, StringComparison.Ordinal);
        Assert.Contains("since 1 March 2026", Squash(main.TextContent), StringComparison.Ordinal);
        var charts = main.QuerySelectorAll("svg[role=img]");
        Assert.Equal(2, charts.Length);
        Assert.All(charts, svg =>
        {
            Assert.NotEmpty(svg.QuerySelector("title")!.TextContent.Trim());
            Assert.NotEmpty(svg.QuerySelector("desc")!.TextContent.Trim());
        });

        var heatCells = main.QuerySelectorAll(".heat-table td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(HeatGrid.Cells * HeatGrid.Cells, heatCells.Count);
        Assert.Contains("17", heatCells);
        Assert.Contains("fewer than 5", heatCells);
        Assert.DoesNotContain("3", heatCells);
        Assert.Single(main.QuerySelectorAll(".heat-table td.masked"));
        Assert.NotEmpty(main.QuerySelectorAll("svg .heat-1"));

        var patternRows = main.QuerySelectorAll(".chart-table tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains(patternRows, r => r.Contains("17", StringComparison.Ordinal) && r.Contains("85%", StringComparison.Ordinal));
        Assert.Contains(patternRows, r => r.Contains("fewer than 5", StringComparison.Ordinal));
        Assert.DoesNotContain(patternRows, r => r.Contains("15%", StringComparison.Ordinal));

        Assert.Contains("appears once 100 people", Squash(main.TextContent), StringComparison.Ordinal);
        Assert.Empty(main.QuerySelectorAll(".alpha"));
    }

    [Fact]
    public async Task With_100_saved_results_the_means_spreads_correlation_and_alpha_match_an_independent_calculation()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var quiz = Seeding.Quiz(site);
        var people = Seeding.Coherent(quiz, 100, seed: 7);
        await Seeding.SaveAsync(site, people);

        var dom = await Html.ReadAsync(await site.CreateClient().GetAsync("/quiz/stats"));

        var scores = people.Select(p => Scorer.Score(quiz, p)).ToList();
        var anxiety = scores.Select(s => (double)s.Anxiety).ToList();
        var avoidance = scores.Select(s => (double)s.Avoidance).ToList();
        var rows = dom.QuerySelectorAll("main table:not(.chart-table):not(.heat-table) tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([F(Independent.Mean(anxiety)), F(Math.Sqrt(Independent.SampleVariance(anxiety)))], rows[0][..2]);
        Assert.Equal([F(Independent.Mean(avoidance)), F(Math.Sqrt(Independent.SampleVariance(avoidance)))], rows[1][..2]);
        Assert.Equal(F(Independent.Pearson(anxiety, avoidance)), dom.QuerySelector(".correlation")!.TextContent.Trim());

        var alphas = dom.QuerySelectorAll(".alpha").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal([F(KeyedAlpha(quiz, people, Dimension.Anxiety)), F(KeyedAlpha(quiz, people, Dimension.Avoidance))], alphas);
        Assert.Contains("published questionnaires of this kind report about .8–.9", dom.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quiz_page_links_to_the_statistics()
    {
        using var site = new SiteFactory(Repo.CopyContent());

        var dom = await Html.ReadAsync(await site.CreateClient().GetAsync("/quiz"));

        Assert.NotNull(dom.QuerySelector("main a[href='/quiz/stats']"));
    }

    private static double KeyedAlpha(QuizDefinition quiz, List<int[]> people, Dimension dimension)
    {
        var items = quiz.Statements.Select((s, i) => (s, i)).Where(x => x.s.Dimension == dimension).ToList();
        return Independent.Alpha([.. people.Select(p => items.Select(x => x.s.Reverse ? 8 - p[x.i] : p[x.i]).ToArray())]);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
