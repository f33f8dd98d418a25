namespace AttachmentGuide.Web.Seo;

/// <summary>What the layout puts in a page's head for search engines and link previews.</summary>
/// <param name="NoIndex">Private or throwaway pages (results, search, errors): no robots index and no canonical.</param>
public sealed record PageMeta(string Title, string Description, string Url, string OgType, bool NoIndex)
{
    /// <param name="title">The page's own title, or null for the home page.</param>
    /// <param name="path">The request path, which becomes the canonical URL (the query never does).</param>
    public static PageMeta For(string? title, string? description, string? ogType, bool noIndex, string path, SiteOptions site) =>
        new(
            string.IsNullOrEmpty(title) ? $"{SiteOptions.Name}: when closeness is followed by distance" : $"{title} — {SiteOptions.Name}",
            string.IsNullOrWhiteSpace(description) ? SiteOptions.DefaultDescription : description,
            site.Absolute(string.IsNullOrEmpty(path) ? "/" : path),
            ogType ?? "website",
            noIndex);
}
