using System.Text;
using System.Xml;
using System.Xml.Linq;
using AttachmentGuide.Web.Guide;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Seo;

/// <summary>/sitemap.xml, /feed.xml and /robots.txt, built from the current guide on each request (it is all in memory).</summary>
public static class DiscoveryEndpoints
{
    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), Indent = true };

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", (GuideLibrary guide, IOptions<SiteOptions> site) =>
            Xml(SitemapXml.Build(guide.Current.Published, site.Value), "application/xml; charset=utf-8"));

        app.MapGet("/feed.xml", (GuideLibrary guide, IOptions<SiteOptions> site) =>
        {
            var snapshot = guide.Current;
            return Xml(AtomFeed.Build(snapshot.Published, site.Value, snapshot.Today), "application/atom+xml; charset=utf-8");
        });

        app.MapGet("/robots.txt", (IOptions<SiteOptions> site) =>
            Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {site.Value.Absolute("/sitemap.xml")}\n", "text/plain", Encoding.UTF8));

        return app;
    }

    private static IResult Xml(XDocument document, string contentType)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            document.Save(writer);
        }

        return Results.Bytes(stream.ToArray(), contentType);
    }
}
