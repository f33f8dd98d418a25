using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AttachmentGuide.Web.Guide;

namespace AttachmentGuide.Web.Seo;

/// <summary>schema.org <c>Article</c> data for a chapter, for a <c>&lt;script type="application/ld+json"&gt;</c> block.</summary>
public static class ArticleJsonLd
{
    // The default encoder escapes < > & ' as \uXXXX, so "</script>" in a title cannot end the block. Never relax it.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string For(Chapter chapter, SiteOptions site) =>
        JsonSerializer.Serialize(
            new Article(
                "https://schema.org",
                "Article",
                chapter.Title,
                chapter.Meta.Description,
                chapter.Meta.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                site.Absolute(chapter.Url),
                new Organization("Organization", SiteOptions.Name)),
            Options);

    private sealed record Article(
        [property: JsonPropertyName("@context")] string Context,
        [property: JsonPropertyName("@type")] string Type,
        [property: JsonPropertyName("headline")] string Headline,
        [property: JsonPropertyName("description")] string Description,
        [property: JsonPropertyName("dateModified")] string DateModified,
        [property: JsonPropertyName("url")] string Url,
        [property: JsonPropertyName("publisher")] Organization Publisher);

    private sealed record Organization(
        [property: JsonPropertyName("@type")] string Type,
        [property: JsonPropertyName("name")] string Name);
}
