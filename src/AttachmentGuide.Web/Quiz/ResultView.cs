using AttachmentGuide.Web.Guide;
using AttachmentGuide.Web.Stats;

namespace AttachmentGuide.Web.Quiz;

/// <summary>A pattern as the result page shows it: the quiz's name and summary, and the guide's own section.</summary>
/// <param name="SectionHtml">The guide section rendered from Markdown, or null if the guide no longer has it.</param>
public sealed record PatternView(PatternInfo Info, string? SectionHtml, string ChapterUrl, string ChapterTitle);

/// <summary>Everything the result page shows, whichever route the result came from.</summary>
public sealed record ResultView(
    QuizDefinition Quiz,
    decimal Anxiety,
    decimal Avoidance,
    Placement Placement,
    IReadOnlyList<PatternView> Patterns)
{
    /// <summary>Where the scores sit among saved results of the same version; null until there are enough of them.</summary>
    public CrowdComparison? Crowd { get; init; }

    public static ResultView Create(QuizDefinition quiz, GuideSnapshot guide, decimal anxiety, decimal avoidance, Placement placement)
    {
        var patterns = placement.Candidates.Select(pattern =>
        {
            var info = quiz.Patterns[pattern];
            var section = guide.FindSection(info.ChapterSlug, info.HeadingId);
            var chapter = section?.Chapter ?? (guide.Find(info.ChapterSlug) is { } found && guide.IsPublished(found) ? found : null);
            return new PatternView(
                info,
                section?.Html,
                $"/guide/{info.ChapterSlug}#{info.HeadingId}",
                chapter?.Title ?? "the guide");
        }).ToList();
        return new ResultView(quiz, anxiety, avoidance, placement, patterns);
    }

    /// <summary>A percentile as a whole number for "higher than about 62%".</summary>
    public static string Percent(double percentile) =>
        Math.Round(percentile, MidpointRounding.AwayFromZero).ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    public static string Display(decimal score) =>
        Math.Round(score, 1, MidpointRounding.AwayFromZero).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"secure", "secure and anxious", "secure, avoidant, anxious and fearful-avoidant".</summary>
    public string NamesOf(IEnumerable<PatternView> patterns)
    {
        var names = patterns.Select(p => p.Info.Name).ToList();
        return names.Count <= 1 ? names.FirstOrDefault() ?? "" : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }
}
