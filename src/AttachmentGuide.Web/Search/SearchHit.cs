namespace AttachmentGuide.Web.Search;

/// <summary>A piece of a snippet; <paramref name="Highlighted"/> pieces matched the reader's words.</summary>
public sealed record SnippetPart(string Text, bool Highlighted);

/// <param name="Heading">Null when the hit is in the text before the chapter's first heading.</param>
/// <param name="Url">The chapter address, with <c>#heading-id</c> when the section has one.</param>
public sealed record SearchHit(string ChapterTitle, string? Heading, string Url, IReadOnlyList<SnippetPart> Snippet)
{
    // Private-use characters never appear in the index (they are stripped), so they can mark highlights safely;
    // the page then lets Razor encode each part, and no HTML from the index is ever trusted.
    public const char HighlightStart = '\uE000';
    public const char HighlightEnd = '\uE001';

    public static IReadOnlyList<SnippetPart> Split(string marked)
    {
        var parts = new List<SnippetPart>();
        var highlighted = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] is not (HighlightStart or HighlightEnd))
            {
                continue;
            }

            if (i > start)
            {
                parts.Add(new SnippetPart(marked[start..i], highlighted));
            }

            if (i < marked.Length)
            {
                highlighted = marked[i] == HighlightStart;
            }

            start = i + 1;
        }

        return parts;
    }

    /// <summary>Removes the marker characters from indexed text, so content can never fake a highlight.</summary>
    public static string Unmarked(string text) =>
        text.Replace(HighlightStart.ToString(), "", StringComparison.Ordinal).Replace(HighlightEnd.ToString(), "", StringComparison.Ordinal);
}
