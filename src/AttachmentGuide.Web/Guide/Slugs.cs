using System.Text.RegularExpressions;

namespace AttachmentGuide.Web.Guide;

/// <summary>Chapter addresses: lowercase letters, digits and single hyphens, taken from the file name.</summary>
public static partial class Slugs
{
    public const int MaxLength = 80;

    /// <summary>True only for a well-formed slug; anything else (dots, slashes, upper case, unicode) is never looked up.</summary>
    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= MaxLength } && SlugPattern().IsMatch(slug);

    /// <summary>"02-attachment-patterns.md" → "attachment-patterns"; null when the name cannot make a valid slug.</summary>
    public static string? FromFileName(string fileName)
    {
        var match = FileNamePattern().Match(fileName);
        return match.Success && IsValid(match.Groups["slug"].Value) ? match.Groups["slug"].Value : null;
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^(?:[0-9]+-)?(?<slug>[a-z0-9-]+)\.md\z", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
