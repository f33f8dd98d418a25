using System.Net;
using System.Text.RegularExpressions;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Guide;

public sealed partial class GuidePagesTests(SharedSite site) : IClassFixture<SharedSite>
{
    /// <summary>(slug, title, order) of every chapter file, read straight from the front matter.</summary>
    private static List<(string Slug, string Title, int Order)> ChaptersOnDisk() =>
        [.. Directory.GetFiles(Path.Combine(Repo.Content, "guide"), "*.md")
            .Select(path =>
            {
                var text = File.ReadAllText(path);
                var slug = FilePrefix().Replace(Path.GetFileNameWithoutExtension(path), "");
                return (slug, FrontMatterValue(text, "title"), int.Parse(FrontMatterValue(text, "order"), System.Globalization.CultureInfo.InvariantCulture));
            })
            .OrderBy(c => c.Item3)];

    [Fact]
    public async Task Home_lists_every_chapter_in_reading_order_and_invites_to_the_quiz()
    {
        var client = site.CreateClient();

        var dom = await Html.ReadAsync(await client.GetAsync("/"));

        var expected = ChaptersOnDisk();
        Assert.True(expected.Count >= 8);
        var links = dom.QuerySelectorAll("ol.chapter-list a").Select(a => (a.GetAttribute("href") ?? "", a.TextContent)).ToList();
        Assert.Equal(expected.Select(c => ($"/guide/{c.Slug}", c.Title)), links);
        Assert.NotNull(dom.QuerySelector("a[href='/quiz']"));
        Assert.Single(dom.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Every_chapter_renders_with_title_toc_reading_time_updated_date_and_neighbours()
    {
        var client = site.CreateClient();
        var chapters = ChaptersOnDisk();

        for (var i = 0; i < chapters.Count; i++)
        {
            var response = await client.GetAsync($"/guide/{chapters[i].Slug}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var dom = await Html.ReadAsync(response);

            Assert.Equal(chapters[i].Title, dom.QuerySelector("h1")!.TextContent);
            Assert.Single(dom.QuerySelectorAll("h1"));
            Assert.StartsWith(chapters[i].Title, dom.Title, StringComparison.Ordinal);
            Assert.Matches(@"\d+ min read", dom.QuerySelector(".meta")!.TextContent);
            Assert.NotNull(dom.QuerySelector(".meta time[datetime]"));

            // Every TOC link points at a heading that exists on the page.
            var tocTargets = dom.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")![1..]).ToList();
            Assert.NotEmpty(tocTargets);
            Assert.All(tocTargets, id => Assert.NotNull(dom.GetElementById(id)));

            Assert.Equal(i > 0 ? $"/guide/{chapters[i - 1].Slug}" : null, dom.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(i + 1 < chapters.Count ? $"/guide/{chapters[i + 1].Slug}" : null, dom.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("avoidant")]
    [InlineData("fearful-avoidant")]
    [InlineData("secure")]
    [InlineData("anxious")]
    public async Task The_four_pattern_sections_have_their_stable_anchors(string id)
    {
        var dom = await Html.ReadAsync(await site.CreateClient().GetAsync("/guide/attachment-patterns"));

        var heading = dom.GetElementById(id);
        Assert.NotNull(heading);
        Assert.Equal("H2", heading.TagName);
        Assert.NotNull(dom.QuerySelector($"nav.toc a[href='#{id}']"));
    }

    [Theory]
    [InlineData("/guide/nope")]
    [InlineData("/guide/Attachment-Patterns")]
    [InlineData("/guide/attachment-patterns.md")]
    [InlineData("/guide/02-attachment-patterns")]
    [InlineData("/guide/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/guide/..%2f..%2fappsettings.json")]
    [InlineData("/guide/attachment-patterns%2500")]
    [InlineData("/guide/%D0%B0ttachment-patterns")]
    [InlineData("/guide/")]
    [InlineData("/no-such-page")]
    public async Task Unknown_or_malformed_addresses_get_the_friendly_404_page(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var dom = await Html.ReadAsync(response);
        Assert.Equal("Page not found", dom.QuerySelector("h1")?.TextContent);
        Assert.NotNull(dom.QuerySelector("a[href='/']"));
    }

    [Fact]
    public async Task A_very_long_slug_is_a_404_not_an_error()
    {
        var response = await site.CreateClient().GetAsync("/guide/" + new string('a', 5000));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string FrontMatterValue(string text, string key) =>
        Regex.Match(text, $"^{key}:\\s*(.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();

    [GeneratedRegex("^[0-9]+-")]
    private static partial Regex FilePrefix();
}
