using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Guide;

namespace AttachmentGuide.Web.Editors;

/// <summary>
/// Checks the links and images of one chapter against the rest of the content. External addresses are
/// never fetched: the check must work offline and give the same answer every time.
/// </summary>
/// <param name="headingIds">Every heading id of each chapter that loaded, by slug.</param>
/// <param name="leftOut">Slugs whose file exists but was left out, with that file, to explain broken links.</param>
internal sealed class LinkChecker(
    string contentPath,
    GuideSnapshot guide,
    IReadOnlyDictionary<string, IReadOnlySet<string>> headingIds,
    IReadOnlyDictionary<string, string> leftOut)
{
    private const string GuidePrefix = "/guide/";

    // Addresses the site serves outside /guide/; anything else under / is probably a typo.
    private static readonly HashSet<string> SitePaths = new(StringComparer.Ordinal)
    {
        "/", "/quiz", "/search", "/sitemap.xml", "/feed.xml", "/robots.txt",
    };

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentPath));

    public void Check(string file, RenderedMarkdown page, Chapter? chapter, List<ContentProblem> problems)
    {
        foreach (var link in page.Links)
        {
            if (HasScheme(link.Url))
            {
                continue;
            }

            var problem = link.IsImage ? CheckImage(link) : CheckLink(link, page, chapter);
            if (problem is { } found)
            {
                problems.Add(new ContentProblem(file, link.Line, found.Severity, found.Message));
            }
        }
    }

    private (ProblemSeverity Severity, string Message)? CheckLink(MarkdownLink link, RenderedMarkdown page, Chapter? chapter)
    {
        var (path, anchor) = Split(link.Url);
        if (path.Length == 0)
        {
            return anchor is not null && !page.HeadingIds.Contains(anchor)
                ? (ProblemSeverity.Error, $"the link '#{anchor}' points at a heading id this page does not have")
                : null;
        }

        if (!path.StartsWith('/'))
        {
            return (ProblemSeverity.Warning, $"the link '{link.Url}' is relative, so it depends on the page's address; write /guide/slug instead");
        }

        if (!path.StartsWith(GuidePrefix, StringComparison.Ordinal))
        {
            return SitePaths.Contains(path) ? null : (ProblemSeverity.Warning, $"the link '{link.Url}' is not a page the site is known to have");
        }

        var slug = path[GuidePrefix.Length..].TrimEnd('/');
        if (guide.Find(slug) is not { } target)
        {
            return (ProblemSeverity.Error, leftOut.TryGetValue(slug, out var broken)
                ? $"the link '{link.Url}' points at {broken}, which is left out because of its errors"
                : $"the link '{link.Url}' points at the chapter '{slug}', which the guide does not have");
        }

        if (anchor is not null && !headingIds[slug].Contains(anchor))
        {
            return (ProblemSeverity.Error, $"the link '{link.Url}' points at '#{anchor}', which is not a heading id in {target.RelativePath}");
        }

        return chapter is not null && guide.IsPublished(chapter) && !guide.IsPublished(target)
            ? (ProblemSeverity.Warning, $"the link '{link.Url}' points at a draft or scheduled chapter; readers get 'Page not found' until it is published")
            : null;
    }

    private (ProblemSeverity Severity, string Message)? CheckImage(MarkdownLink link)
    {
        var (path, _) = Split(link.Url);
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (ProblemSeverity.Error, $"the image '{link.Url}' points outside the content folder");
        }

        return File.Exists(full)
            ? null
            : (ProblemSeverity.Error, $"the image file '{relative}' does not exist in the content folder");
    }

    /// <summary>Splits "/guide/a?x=1#b" into "/guide/a" and "b"; the query plays no part in finding a page.</summary>
    private static (string Path, string? Anchor) Split(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var anchor = hash >= 0 ? url[(hash + 1)..] : null;
        var path = hash >= 0 ? url[..hash] : url;
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return (query >= 0 ? path[..query] : path, anchor);
    }

    /// <summary>"https://…", "mailto:…" and "//host/…" leave the site; the renderer already dropped unsafe schemes.</summary>
    private static bool HasScheme(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var delimiter = url.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (delimiter < 0 || colon < delimiter);
    }
}
