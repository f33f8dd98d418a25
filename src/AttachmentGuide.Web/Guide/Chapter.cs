namespace AttachmentGuide.Web.Guide;

/// <summary>A rendered chapter, ready to serve: built once per file change, shared by every request.</summary>
public sealed record Chapter(
    string Slug,
    string RelativePath,
    FrontMatter Meta,
    string Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyDictionary<string, string> Sections,
    int ReadingMinutes,
    IReadOnlyList<SectionText> TextSections)
{
    public string Title => Meta.Title;

    public string Url => $"/guide/{Slug}";

    /// <summary>Reading time at an unhurried 200 words a minute, never less than one minute.</summary>
    public static int MinutesFor(int words) => Math.Max(1, (int)Math.Ceiling(words / 200.0));
}
