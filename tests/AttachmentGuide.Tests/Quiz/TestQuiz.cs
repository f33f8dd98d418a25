using AttachmentGuide.Web.Quiz;

namespace AttachmentGuide.Tests.Quiz;

/// <summary>A small quiz with hand-checkable sums: a1–a5 anxiety (a5 reversed), v1–v5 avoidance (v4, v5 reversed).</summary>
internal static class TestQuiz
{
    public static QuizDefinition Create(decimal cut = 4.0m, decimal margin = 0.75m)
    {
        List<Statement> statements =
        [
            new("a1", "A one", Dimension.Anxiety, false),
            new("a2", "A two", Dimension.Anxiety, false),
            new("a3", "A three", Dimension.Anxiety, false),
            new("a4", "A four", Dimension.Anxiety, false),
            new("a5", "A five", Dimension.Anxiety, true),
            new("v1", "V one", Dimension.Avoidance, false),
            new("v2", "V two", Dimension.Avoidance, false),
            new("v3", "V three", Dimension.Avoidance, false),
            new("v4", "V four", Dimension.Avoidance, true),
            new("v5", "V five", Dimension.Avoidance, true),
        ];
        var patterns = Enum.GetValues<Pattern>().ToDictionary(p => p, p => new PatternInfo(p, p.Key(), "Summary", "attachment-patterns", p.Key(), 1));
        string[] scale = ["1", "2", "3", "4", "5", "6", "7"];
        return new QuizDefinition("T", "I", scale, cut, margin, statements, patterns, QuizParser.VersionOf(statements, scale, cut, margin));
    }
}
