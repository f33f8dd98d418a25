using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Guide;

/// <summary>
/// Hands out /guide/{slug} addresses in file order: a later file that wants an address already taken is left out.
/// The site and the content check both use it, so they agree on which file wins and say so in the same words.
/// </summary>
internal sealed class ChapterAddresses
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    /// <summary>Null when the address was free and is now this file's; otherwise the error that leaves the file out.</summary>
    public ContentProblem? Claim(Chapter chapter, string relativePath) =>
        _owners.TryAdd(chapter.Slug, relativePath)
            ? null
            : ContentProblem.Error(relativePath, 1, $"the address /guide/{chapter.Slug} is already used by {_owners[chapter.Slug]}; this file is left out");
}
