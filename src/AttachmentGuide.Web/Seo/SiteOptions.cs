using System.ComponentModel.DataAnnotations;

namespace AttachmentGuide.Web.Seo;

/// <summary>The site's public address (setting <c>Site:BaseUrl</c>), for canonical links, sharing tags, sitemap and feed.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public const string Name = "Attachment Guide";

    public const string DefaultDescription =
        "A kind, plain-language guide to why some people pull away after closeness, through the lens of attachment theory.";

    [Required(ErrorMessage = "Site:BaseUrl is not set. Set it (environment Site__BaseUrl) to the site's public address, such as https://example.org.")]
    public string BaseUrl { get; set; } = "";

    /// <summary>The absolute address of a path on this site: search engines and feed readers need full URLs.</summary>
    public string Absolute(string path) => BaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>Absolute http(s) only, with no query or fragment, since paths are appended to it.</summary>
    public static bool IsValidBaseUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query)
        && string.IsNullOrEmpty(uri.Fragment);
}
