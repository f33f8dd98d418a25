using System.Globalization;
using System.Xml.Linq;
using AttachmentGuide.Web.Guide;

namespace AttachmentGuide.Web.Seo;

/// <summary>An Atom 1.0 (RFC 4287) feed with one entry per published chapter, so readers can follow updates.</summary>
public static class AtomFeed
{
    public static readonly XNamespace Ns = "http://www.w3.org/2005/Atom";

    /// <param name="published">Published chapters only.</param>
    /// <param name="today">The feed's date when there are no chapters: Atom requires an updated date.</param>
    public static XDocument Build(IReadOnlyList<Chapter> published, SiteOptions site, DateOnly today)
    {
        var updated = published.Count == 0 ? today : published.Max(c => c.Meta.Updated);
        var home = site.Absolute("/");
        var feed = new XElement(Ns + "feed",
            new XElement(Ns + "id", home),
            new XElement(Ns + "title", SiteOptions.Name),
            new XElement(Ns + "subtitle", SiteOptions.DefaultDescription),
            new XElement(Ns + "updated", Timestamp(updated)),
            Link("self", site.Absolute("/feed.xml"), "application/atom+xml"),
            Link("alternate", home, "text/html"),
            // Atom needs an author on the feed unless every entry has one.
            new XElement(Ns + "author", new XElement(Ns + "name", SiteOptions.Name)));

        // Newest first, as feed readers expect.
        foreach (var chapter in published.OrderByDescending(c => c.Meta.Updated).ThenBy(c => c.Meta.Order))
        {
            var url = site.Absolute(chapter.Url);
            feed.Add(new XElement(Ns + "entry",
                new XElement(Ns + "id", url),
                new XElement(Ns + "title", chapter.Title),
                new XElement(Ns + "updated", Timestamp(chapter.Meta.Updated)),
                Link("alternate", url, "text/html"),
                new XElement(Ns + "summary", chapter.Meta.Description)));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    private static XElement Link(string rel, string href, string type) =>
        new(Ns + "link", new XAttribute("rel", rel), new XAttribute("href", href), new XAttribute("type", type));

    /// <summary>RFC 3339, as Atom requires; chapters carry a day only, so midnight UTC.</summary>
    private static string Timestamp(DateOnly day) =>
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
