using AngleSharp.Dom;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Guide;

namespace AttachmentGuide.Tests.Guide;

public class GuideMarkdownTests
{
    private static readonly GuideMarkdown Markdown = new();

    private static IDocument RenderToDom(string markdown) => Html.Parse(Markdown.Render(markdown).Html);

    [Fact]
    public void Front_matter_is_split_off_with_its_starting_line()
    {
        var rendered = Markdown.Render("---\ntitle: T\norder: 1\n---\n\nBody text.\n");

        Assert.Equal("title: T\norder: 1", rendered.FrontMatterYaml);
        Assert.Equal(2, rendered.FrontMatterLine);
        Assert.DoesNotContain("title", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_heading_id_survives_rewording_and_others_get_automatic_ids()
    {
        var dom = RenderToDom("## The avoidant pattern: \"the distancer\" {#avoidant}\n\nText.\n\n## Why closeness can feel unsafe\n");

        var headings = dom.QuerySelectorAll("h2").ToList();
        Assert.Equal("avoidant", headings[0].Id);
        Assert.Equal("The avoidant pattern: \"the distancer\"", headings[0].TextContent);
        Assert.Equal("why-closeness-can-feel-unsafe", headings[1].Id);
    }

    [Fact]
    public void A_level_one_heading_is_shown_as_level_two_because_the_page_title_is_the_only_h1()
    {
        var dom = RenderToDom("# Heading\n");

        Assert.Empty(dom.QuerySelectorAll("h1"));
        Assert.Single(dom.QuerySelectorAll("h2"));
    }

    [Fact]
    public void The_table_of_contents_lists_h2_and_h3_headings_in_order_with_their_ids()
    {
        var rendered = Markdown.Render("## One {#one}\n\n### One point one\n\n#### Too deep\n\n## Two `code` {#two}\n");

        Assert.Equal(
            [new TocEntry("one", "One", 2), new TocEntry("one-point-one", "One point one", 3), new TocEntry("two", "Two code", 2)],
            rendered.Toc);
    }

    [Fact]
    public void A_section_runs_from_its_heading_to_the_next_heading_of_the_same_level()
    {
        var rendered = Markdown.Render("Intro.\n\n## A {#alpha}\n\nAlpha.\n\n### A1\n\nAlpha one.\n\n## B {#beta}\n\nBeta.\n");

        var section = Html.Parse(rendered.Sections["alpha"]);
        Assert.Equal("A", section.QuerySelector("h2")!.TextContent);
        Assert.Contains("Alpha one.", section.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Beta", section.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Intro", section.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Beta.", rendered.Sections["beta"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/guide/attachment-patterns#avoidant", true)]
    [InlineData("#secure", true)]
    [InlineData("https://findahelpline.com", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("mailto:help@example.org", true)]
    [InlineData("/guide/a:b", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("java\nscript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    public void Only_http_https_mailto_and_relative_links_are_safe(string url, bool safe) =>
        Assert.Equal(safe, GuideMarkdown.IsSafeUrl(url));

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](javascript&#58;alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[click](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![click](javascript:alert(1))")]
    [InlineData("![click](data:image/svg+xml;base64,PHN2Zz4=)")]
    public void Unsafe_links_and_images_render_as_plain_text(string markdown)
    {
        var rendered = Markdown.Render(markdown);
        var dom = Html.Parse(rendered.Html);

        // What remains is text: no link, no image, no attribute that a browser could follow.
        Assert.Empty(dom.QuerySelectorAll("a, img"));
        Assert.DoesNotContain(dom.All.SelectMany(e => e.Attributes), a => !GuideMarkdown.IsSafeUrl(a.Value));
        Assert.NotEmpty(rendered.Neutralised);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_never_as_markup()
    {
        var rendered = Markdown.Render("<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)> there.\n\n<div onclick=\"x()\">block</div>\n");
        var dom = Html.Parse(rendered.Html);

        Assert.Empty(dom.QuerySelectorAll("script, img, div"));
        Assert.Contains("&lt;script&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.Equal(3, rendered.Neutralised.Count);
    }

    [Fact]
    public void Attributes_other_than_a_clean_id_are_dropped()
    {
        var dom = RenderToDom("## Title {#ok onclick=\"alert(1)\" style=\"color:red\" .cls}\n\n[link](https://example.org){onmouseover=alert(1)}\n");

        var heading = dom.QuerySelector("h2")!;
        Assert.Equal("ok", heading.Id);
        Assert.Single(heading.Attributes);
        Assert.Equal(["href"], dom.QuerySelector("a")!.Attributes.Select(a => a.Name));
    }

    [Fact]
    public void Safe_links_keep_their_address()
    {
        var dom = RenderToDom("See [the patterns](/guide/attachment-patterns#secure) and [help](https://findahelpline.com).");

        Assert.Equal(["/guide/attachment-patterns#secure", "https://findahelpline.com"], dom.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Reading_time_is_at_least_a_minute_and_grows_with_length()
    {
        Assert.Equal(1, Chapter.MinutesFor(10));
        Assert.Equal(1, Chapter.MinutesFor(200));
        Assert.Equal(2, Chapter.MinutesFor(201));
        Assert.Equal(700, Markdown.Render(string.Join(' ', Enumerable.Repeat("word", 700))).WordCount);
    }
}
