using System.Net;
using AngleSharp.Dom;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Search;

public sealed class SearchPageTests(SharedSite site) : IClassFixture<SharedSite>
{
    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"\"", "\"unclosed", "NEAR", "NEAR(a b)", "a NEAR/2 b", "*", "closeness*", "-", "-secure", "^", "^title",
        ":", "heading:secure", "chapter_title:x", "(", ")", "(a OR b", "AND", "OR", "NOT", "a AND", "NOT secure",
        "{heading}: x", "'; DROP TABLE sections; --", "%", "\\", "\u0000", "a\u0000b", "😀", "ǅ", "\u202Eevil",
        "\uE000mark\uE001", "<script>alert(1)</script>", "closeness\"OR\"1", new string('x', 10_000), new string('"', 150),
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Odd_and_hostile_queries_get_a_friendly_page_never_an_error(string q)
    {
        var response = await site.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(q));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{q}: {response.StatusCode}");
        var page = await Html.ReadAsync(response);
        Assert.Equal("Search the guide", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task A_query_over_200_characters_is_a_400_with_a_friendly_message()
    {
        var response = await site.CreateClient().GetAsync("/search?q=" + new string('a', 201));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than 200 characters", (await Html.ReadAsync(response)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Punctuation_only_asks_for_a_word()
    {
        var page = await Html.ReadAsync(await site.CreateClient().GetAsync("/search?q=%22*%28%29"));

        Assert.Contains("Please type a word", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_finds_its_section_with_the_chapter_title_heading_and_a_highlighted_snippet()
    {
        var page = await Html.ReadAsync(await site.CreateClient().GetAsync("/search?q=distancer"));

        var first = page.QuerySelector("ol.search-results li")!;
        Assert.Equal("/guide/attachment-patterns#avoidant", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("The avoidant pattern: \"the distancer\"", first.QuerySelector("a")!.TextContent);
        Assert.Contains("Attachment patterns", first.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matches_in_the_text_are_marked_and_the_best_section_comes_first()
    {
        var page = await Html.ReadAsync(await site.CreateClient().GetAsync("/search?q=Helpline"));

        var hits = page.QuerySelectorAll("ol.search-results li").ToList();
        Assert.Equal(2, hits.Count);
        // "helpline" appears twice under #abuse and once under #crisis.
        Assert.Equal("/guide/the-hopeful-truth#abuse", hits[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/guide/the-hopeful-truth#crisis", hits[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(hits[0].QuerySelectorAll("mark"), m => m.TextContent.Equals("helpline", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_hit_links_to_a_real_heading_on_a_published_chapter()
    {
        var client = site.CreateClient();
        var page = await Html.ReadAsync(await client.GetAsync("/search?q=closeness"));

        var links = page.QuerySelectorAll("ol.search-results li > a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var parts = link.Split('#');
            var chapter = await Html.ReadAsync(await client.GetAsync(parts[0]));
            Assert.True(parts.Length == 1 || chapter.GetElementById(parts[1]) is not null, link);
        }
    }

    [Fact]
    public async Task Html_in_the_content_is_shown_as_text_in_snippets()
    {
        site.WriteContent("guide/41-markup.md",
            "---\ntitle: Markup words\ndescription: D\norder: 41\nupdated: 2026-11-27\n---\n\n## Tags {#tags}\n\nThe zanzibarword <img src=x onerror=alert(1)> stays text.\n");
        var client = site.CreateClient();

        var html = await Eventually.PageAsync(client, "/search?q=zanzibarword", body => body.Contains("search-results", StringComparison.Ordinal));
        var results = Html.Parse(html).QuerySelector("ol.search-results")!;

        Assert.Empty(results.QuerySelectorAll("img"));
        Assert.Contains("<img src=x", results.TextContent, StringComparison.Ordinal);
        site.DeleteContent("guide/41-markup.md");
    }

    [Fact]
    public async Task The_search_form_is_in_the_header_of_every_page_as_a_plain_get_form()
    {
        var page = await Html.ReadAsync(await site.CreateClient().GetAsync("/guide/what-helps"));

        var form = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[type=search][name=q]")!;
        Assert.Equal("Search the guide", page.QuerySelector($"label[for='{input.Id}']")!.TextContent);
    }
}
