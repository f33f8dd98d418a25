using System.Globalization;
using System.Xml.Linq;
using AttachmentGuide.Web.Guide;

namespace AttachmentGuide.Web.Seo;

/// <summary>The sitemaps.org 0.9 sitemap: home, quiz and every published chapter.</summary>
public static class SitemapXml
{
    public static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="published">Published chapters only: drafts and scheduled chapters must not leak their addresses.</param>
    public static XDocument Build(IReadOnlyList<Chapter> published, SiteOptions site)
    {
        // The home page lists every chapter, so it changes whenever the newest chapter does.
        DateOnly? newest = published.Count == 0 ? null : published.Max(c => c.Meta.Updated);
        var urls = new List<XElement> { Url(site.Absolute("/"), newest), Url(site.Absolute("/quiz"), null) };
        urls.AddRange(published.Select(c => Url(site.Absolute(c.Url), c.Meta.Updated)));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
    }

    private static XElement Url(string location, DateOnly? lastModified) =>
        new(Ns + "url",
            new XElement(Ns + "loc", location),
            lastModified is { } date ? new XElement(Ns + "lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);
}
