namespace AttachmentGuide.Web.Quiz;

/// <summary>The two dimensions of adult attachment measured by ECR-style questionnaires.</summary>
public enum Dimension
{
    Anxiety,
    Avoidance,
}

/// <summary>The four quadrants of the two-dimension model.</summary>
public enum Pattern
{
    Secure,
    Avoidant,
    FearfulAvoidant,
    Anxious,
}

public static class PatternKeys
{
    public static string Key(this Pattern pattern) => pattern switch
    {
        Pattern.Secure => "secure",
        Pattern.Avoidant => "avoidant",
        Pattern.FearfulAvoidant => "fearful-avoidant",
        Pattern.Anxious => "anxious",
        _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
    };

    public static Pattern? FromKey(string key) => key switch
    {
        "secure" => Pattern.Secure,
        "avoidant" => Pattern.Avoidant,
        "fearful-avoidant" => Pattern.FearfulAvoidant,
        "anxious" => Pattern.Anxious,
        _ => null,
    };

    /// <summary>The quadrant for a pair of "high" flags.</summary>
    public static Pattern Quadrant(bool highAnxiety, bool highAvoidance) => (highAnxiety, highAvoidance) switch
    {
        (false, false) => Pattern.Secure,
        (false, true) => Pattern.Avoidant,
        (true, true) => Pattern.FearfulAvoidant,
        (true, false) => Pattern.Anxious,
    };
}

/// <param name="Reverse">Agreeing means less of the dimension: scored 8 − answer.</param>
public sealed record Statement(string Id, string Text, Dimension Dimension, bool Reverse);

/// <summary>How the guide describes one pattern: its name, a one-line summary, and the guide section to show.</summary>
/// <param name="Line">Line of the guide link in the quiz file, for error messages.</param>
public sealed record PatternInfo(Pattern Pattern, string Name, string Summary, string ChapterSlug, string HeadingId, int Line);

/// <summary>The quiz as editors wrote it in content/quiz/attachment.yml.</summary>
/// <param name="Version">Short hash of everything that changes what an answer means.</param>
public sealed record QuizDefinition(
    string Title,
    string Intro,
    IReadOnlyList<string> Scale,
    decimal Cut,
    decimal Margin,
    IReadOnlyList<Statement> Statements,
    IReadOnlyDictionary<Pattern, PatternInfo> Patterns,
    string Version)
{
    public const int ScaleMin = 1;
    public const int ScaleMax = 7;
}
