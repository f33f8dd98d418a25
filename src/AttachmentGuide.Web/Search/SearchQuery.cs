using System.Text;

namespace AttachmentGuide.Web.Search;

public enum SearchQueryKind
{
    /// <summary>No <c>q</c> at all: show the search form.</summary>
    None,

    /// <summary>Nothing searchable left after cleaning: ask for a word.</summary>
    Empty,

    /// <summary>Longer than <see cref="SearchQuery.MaxLength"/>: refused with 400.</summary>
    TooLong,

    Ready,
}

/// <summary>
/// A reader's search text, made safe for FTS5. Only letters and digits survive; each word becomes a quoted
/// FTS5 string, so quotes, NEAR, AND/OR/NOT, *, ^, -, :, and brackets can never act as query syntax.
/// </summary>
public sealed record SearchQuery(SearchQueryKind Kind, string Text, IReadOnlyList<string> Terms)
{
    public const int MaxLength = 200;

    /// <summary>The MATCH expression: every word must appear ("a" "b" is an implicit AND in FTS5).</summary>
    public string MatchExpression => string.Join(' ', Terms.Select(t => $"\"{t}\""));

    public static SearchQuery Parse(string? raw)
    {
        if (raw is null)
        {
            return new SearchQuery(SearchQueryKind.None, "", []);
        }

        if (raw.Length > MaxLength)
        {
            return new SearchQuery(SearchQueryKind.TooLong, "", []);
        }

        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in raw)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            terms.Add(word.ToString());
        }

        return new SearchQuery(terms.Count == 0 ? SearchQueryKind.Empty : SearchQueryKind.Ready, raw.Trim(), terms);
    }
}
