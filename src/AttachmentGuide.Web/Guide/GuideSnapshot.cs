using AttachmentGuide.Web.Content;
using Microsoft.Extensions.Primitives;

namespace AttachmentGuide.Web.Guide;

/// <summary>Every chapter as of one moment; immutable, so requests can share it without locks.</summary>
public sealed class GuideSnapshot
{
    private static long _lastVersion;
    private readonly Dictionary<string, Chapter> _bySlug;

    public GuideSnapshot(IEnumerable<Chapter> chapters, IReadOnlyList<ContentProblem> problems, IChangeToken changeToken, DateOnly today)
    {
        All = [.. chapters.OrderBy(c => c.Meta.Order).ThenBy(c => c.Slug, StringComparer.Ordinal)];
        Published = [.. All.Where(c => IsPublished(c.Meta, today))];
        _bySlug = All.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        Problems = problems;
        ChangeToken = changeToken;
        Today = today;
        Version = Interlocked.Increment(ref _lastVersion);
    }

    /// <summary>Different for every snapshot: cached pages are keyed by it, so a page built from old content is never served.</summary>
    public long Version { get; }

    /// <summary>Every chapter that rendered, drafts included, in reading order.</summary>
    public IReadOnlyList<Chapter> All { get; }

    /// <summary>The chapters readers see in navigation, in reading order.</summary>
    public IReadOnlyList<Chapter> Published { get; }

    public IReadOnlyList<ContentProblem> Problems { get; }

    public IChangeToken ChangeToken { get; }

    /// <summary>The UTC day this snapshot judged publication by; a new day means a new snapshot.</summary>
    public DateOnly Today { get; }

    public Chapter? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public bool IsPublished(Chapter chapter) => IsPublished(chapter.Meta, Today);

    /// <summary>The chapters before and after <paramref name="chapter"/> in the published reading order.</summary>
    public (Chapter? Previous, Chapter? Next) Neighbours(Chapter chapter)
    {
        var index = -1;
        for (var i = 0; i < Published.Count; i++)
        {
            if (ReferenceEquals(Published[i], chapter))
            {
                index = i;
                break;
            }
        }

        return index < 0
            ? (null, null)
            : (index > 0 ? Published[index - 1] : null, index + 1 < Published.Count ? Published[index + 1] : null);
    }

    /// <summary>
    /// Finds the HTML of a section by chapter slug and heading id, as the quiz result page needs. Only published
    /// chapters count: a draft's text must not reach readers through the result page.
    /// </summary>
    public (Chapter Chapter, string Html)? FindSection(string slug, string headingId) =>
        Find(slug) is { } chapter && IsPublished(chapter) && chapter.Sections.TryGetValue(headingId, out var html) ? (chapter, html) : null;

    private static bool IsPublished(FrontMatter meta, DateOnly today) =>
        !meta.Draft && (meta.Publish is null || meta.Publish.Value <= today);
}
