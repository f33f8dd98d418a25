using System.Net;
using System.Xml.Linq;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Seo;

public sealed class DiscoveryTests : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly SiteFactory _site;

    public DiscoveryTests()
    {
        var content = Repo.CopyContent();
        File.WriteAllText(Path.Combine(content, "guide", "20-a-draft.md"), "---\ntitle: Draft chapter\ndescription: D\norder: 20\nupdated: 2026-12-01\ndraft: true\n---\n\n## Draft {#draft}\n\nSecret draft words.\n");
        File.WriteAllText(Path.Combine(content, "guide", "21-later.md"), "---\ntitle: Later chapter\ndescription: D\norder: 21\nupdated: 2026-12-01\npublish: 2999-01-01\n---\n\n## Later {#later}\n\nSecret later words.\n");
        _site = new SiteFactory(content);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_sitemap_lists_home_quiz_and_published_chapters_with_their_updated_dates()
    {
        var response = await _site.CreateClient().GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements(Sitemap + "url").ToList();
        Assert.All(urls, u => Assert.StartsWith("http://localhost:5080/", u.Element(Sitemap + "loc")!.Value, StringComparison.Ordinal));
        var locations = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(10, locations.Count); // home, quiz, the eight published chapters
        Assert.Contains("http://localhost:5080/", locations);
        Assert.Contains("http://localhost:5080/quiz", locations);
        var chapter = urls.Single(u => u.Element(Sitemap + "loc")!.Value == "http://localhost:5080/guide/attachment-patterns");
        Assert.Equal("2026-11-27", chapter.Element(Sitemap + "lastmod")!.Value);
        Assert.DoesNotContain(locations, l => l.EndsWith("/a-draft", StringComparison.Ordinal) || l.EndsWith("/later", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_feed_is_atom_with_one_entry_per_published_chapter()
    {
        var response = await _site.CreateClient().GetAsync("/feed.xml");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("http://localhost:5080/", feed.Element(Atom + "id")!.Value);
        Assert.Equal("Attachment Guide", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2026-11-27T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        var links = feed.Elements(Atom + "link").ToDictionary(l => l.Attribute("rel")!.Value, l => l.Attribute("href")!.Value);
        Assert.Equal("http://localhost:5080/feed.xml", links["self"]);
        Assert.Equal("http://localhost:5080/", links["alternate"]);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(8, entries.Count);
        foreach (var entry in entries)
        {
            Assert.StartsWith("http://localhost:5080/guide/", entry.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.Equal(entry.Element(Atom + "id")!.Value, entry.Element(Atom + "link")!.Attribute("href")!.Value);
            Assert.NotEmpty(entry.Element(Atom + "summary")!.Value);
        }

        Assert.DoesNotContain(entries, e => e.Element(Atom + "title")!.Value is "Draft chapter" or "Later chapter");
    }

    [Fact]
    public async Task Robots_allows_everything_and_points_at_the_sitemap()
    {
        var response = await _site.CreateClient().GetAsync("/robots.txt");

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Sitemap: http://localhost:5080/sitemap.xml", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow: /", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_chapter_published_by_an_edit_appears_in_sitemap_and_feed()
    {
        var client = _site.CreateClient();
        Assert.DoesNotContain("/guide/a-draft", await client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);

        _site.WriteContent("guide/20-a-draft.md", "---\ntitle: Draft chapter\ndescription: D\norder: 20\nupdated: 2026-12-01\n---\n\n## Draft {#draft}\n");

        await Eventually.PageAsync(client, "/sitemap.xml", body => body.Contains("/guide/a-draft", StringComparison.Ordinal));
        var feed = await client.GetStringAsync("/feed.xml");
        Assert.Contains("<title>Draft chapter</title>", feed, StringComparison.Ordinal);
        Assert.Contains("<updated>2026-12-01T00:00:00Z</updated>", feed, StringComparison.Ordinal);
    }
}
