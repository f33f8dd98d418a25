using System.Text.RegularExpressions;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Guide;

/// <summary>The guide is written in our own words and carries none of the source page's debris.</summary>
public sealed partial class ContentPolicyTests
{
    private static string[] ChapterFiles() => Directory.GetFiles(Path.Combine(Repo.Content, "guide"), "*.md");

    [Fact]
    public void No_chapter_shares_a_run_of_eight_words_with_the_source_article()
    {
        var sourceFolder = Repo.SharedSource;
        if (sourceFolder is null)
        {
            Assert.Skip("The source article (../shared/source) is not beside this checkout.");
        }

        var source = Words(File.ReadAllText(Path.Combine(sourceFolder, "source-article.txt")));
        var sourceRuns = new HashSet<string>(Runs(source, 8));
        foreach (var file in ChapterFiles())
        {
            var shared = Runs(Words(File.ReadAllText(file)), 8).Where(sourceRuns.Contains).ToList();
            Assert.True(shared.Count == 0, $"{Path.GetFileName(file)} repeats the source: \"{shared.FirstOrDefault()}\"");
        }
    }

    [Theory]
    [InlineData("Leave a Comment")]
    [InlineData("Scroll to Top")]
    [InlineData("affiliate")]
    [InlineData("Gottman")]
    public void The_source_pages_debris_and_unbacked_attribution_are_gone(string phrase)
    {
        foreach (var file in ChapterFiles())
        {
            Assert.DoesNotContain(phrase, File.ReadAllText(file), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_guide_points_readers_to_support_and_says_it_is_not_therapy()
    {
        var all = string.Concat(ChapterFiles().Select(File.ReadAllText));

        Assert.Contains("{#support}", all, StringComparison.Ordinal);
        Assert.Contains("{#not-therapy}", all, StringComparison.Ordinal);
    }

    // Book titles may be quoted exactly; they are blanked out before comparing.
    private static readonly string[] BookTitles =
    [
        "The New Science of Adult Attachment and How It Can Help You Find—and Keep—Love",
    ];

    internal static List<string> Words(string text)
    {
        foreach (var title in BookTitles)
        {
            text = text.Replace(title, " ", StringComparison.OrdinalIgnoreCase);
        }

        return [.. WordPattern().Matches(text.Replace('’', '\'').ToLowerInvariant()).Select(m => m.Value)];
    }

    internal static IEnumerable<string> Runs(List<string> words, int length)
    {
        for (var i = 0; i + length <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(length));
        }
    }

    [GeneratedRegex(@"[a-z0-9']+")]
    private static partial Regex WordPattern();
}
