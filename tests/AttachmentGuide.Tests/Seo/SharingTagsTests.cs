using System.Text.Json;
using AngleSharp.Dom;
using AttachmentGuide.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace AttachmentGuide.Tests.Seo;

public sealed class SharingTagsTests(SharedSite site) : IClassFixture<SharedSite>
{
    private static string? Meta(IDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("content");

    [Fact]
    public async Task Every_page_has_its_own_title_and_description_for_search_engines()
    {
        var client = site.CreateClient();
        var home = await Html.ReadAsync(await client.GetAsync("/"));
        var paths = home.QuerySelectorAll("ol.chapter-list a").Select(a => a.GetAttribute("href")!).Append("/").Append("/quiz").ToList();

        var titles = new List<string>();
        foreach (var path in paths)
        {
            var page = await Html.ReadAsync(await client.GetAsync(path));
            titles.Add(page.Title!);
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "meta[name=description]")), path);
        }

        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_chapter_carries_canonical_opengraph_and_twitter_tags_from_its_front_matter()
    {
        var page = await Html.ReadAsync(await site.CreateClient().GetAsync("/guide/attachment-patterns?utm_source=x"));

        const string url = "http://localhost:5080/guide/attachment-patterns";
        Assert.Equal(url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Attachment patterns — Attachment Guide", Meta(page, "meta[property='og:title']"));
        Assert.StartsWith("A short, plain look at attachment theory", Meta(page, "meta[property='og:description']"), StringComparison.Ordinal);
        Assert.Equal(url, Meta(page, "meta[property='og:url']"));
        Assert.Equal("article", Meta(page, "meta[property='og:type']"));
        Assert.Equal("Attachment Guide", Meta(page, "meta[property='og:site_name']"));
        Assert.Equal("summary", Meta(page, "meta[name='twitter:card']"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task A_chapter_describes_itself_as_a_schema_org_article()
    {
        var html = await site.CreateClient().GetStringAsync("/guide/attachment-patterns");
        var page = Html.Parse(html);

        // Written plainly, for crawlers that do not decode attribute entities.
        Assert.Contains("<script type=\"application/ld+json\">", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var article = json.RootElement;
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("Article", article.GetProperty("@type").GetString());
        Assert.Equal("Attachment patterns", article.GetProperty("headline").GetString());
        Assert.Equal("2026-11-27", article.GetProperty("dateModified").GetString());
        Assert.Equal("http://localhost:5080/guide/attachment-patterns", article.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_title_with_a_closing_script_tag_stays_inside_the_json_block()
    {
        site.WriteContent("guide/40-sneaky.md",
            "---\ntitle: \"Sneaky </script><script>alert(1)</script>\"\ndescription: \"Quotes \\\" and <b>tags</b> & more\"\norder: 40\nupdated: 2026-11-27\n---\n\nText.\n");
        var client = site.CreateClient();

        var html = await Eventually.PageAsync(client, "/guide/sneaky", _ => true);
        var page = Html.Parse(html);

        var scripts = page.QuerySelectorAll("script");
        Assert.DoesNotContain(scripts, s => s.TextContent.Contains("alert", StringComparison.Ordinal) && s.GetAttribute("type") != "application/ld+json");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Sneaky </script><script>alert(1)</script>", json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Quotes \" and <b>tags</b> & more", json.RootElement.GetProperty("description").GetString());
        site.DeleteContent("guide/40-sneaky.md");
    }

    [Theory]
    [InlineData("/quiz/result?v=x&a=1")]
    [InlineData("/quiz/deleted")]
    [InlineData("/search?q=closeness")]
    [InlineData("/no-such-page")]
    public async Task Private_and_throwaway_pages_are_noindex_without_a_canonical(string path)
    {
        var page = await Html.ReadAsync(await site.CreateClient().GetAsync(path));

        Assert.Equal("noindex", Meta(page, "meta[name=robots]"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task The_canonical_address_follows_the_base_url_setting()
    {
        using var custom = site.WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", "https://guide.example.org/"));

        var page = await Html.ReadAsync(await custom.CreateClient().GetAsync("/quiz"));

        Assert.Equal("https://guide.example.org/quiz", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("ftp://example.org")]
    [InlineData("example.org")]
    [InlineData("https://example.org/?x=1")]
    public void A_base_url_that_is_not_an_absolute_http_address_stops_start_up(string value)
    {
        using var bad = site.WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", value));

        var error = Assert.ThrowsAny<Exception>(() => bad.CreateClient());

        Assert.Contains("Site:BaseUrl", error.ToString(), StringComparison.Ordinal);
    }
}
