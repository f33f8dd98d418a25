using AttachmentGuide.Tests.Guide;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Guide;
using AttachmentGuide.Web.Quiz;

namespace AttachmentGuide.Tests.Quiz;

public class QuizParserTests
{
    private static readonly string ShippedQuiz = File.ReadAllText(Path.Combine(Repo.Content, "quiz", "attachment.yml"));

    private static (QuizDefinition? Quiz, List<ContentProblem> Problems) Parse(string yaml)
    {
        var problems = new List<ContentProblem>();
        return (QuizParser.Parse(yaml, QuizParser.DefaultFile, problems), problems);
    }

    private static ContentProblem SingleError(List<ContentProblem> problems) =>
        Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);

    [Fact]
    public void The_shipped_quiz_is_valid_balanced_and_points_into_the_guide()
    {
        var (quiz, problems) = Parse(ShippedQuiz);

        Assert.Empty(problems);
        Assert.NotNull(quiz);
        Assert.InRange(quiz.Statements.Count, 12, 16);
        var anxiety = quiz.Statements.Where(s => s.Dimension == Dimension.Anxiety).ToList();
        var avoidance = quiz.Statements.Where(s => s.Dimension == Dimension.Avoidance).ToList();
        Assert.Equal(anxiety.Count, avoidance.Count);
        Assert.InRange(anxiety.Count(s => s.Reverse), 1, 2);
        Assert.InRange(avoidance.Count(s => s.Reverse), 2, 3);
        Assert.Equal(7, quiz.Scale.Count);
        Assert.Equal(4.0m, quiz.Cut);
        Assert.Equal(0.75m, quiz.Margin);
        Assert.Equal(4, quiz.Patterns.Count);
        Assert.Matches("^[0-9a-f]{8}$", quiz.Version);
    }

    [Fact]
    public void No_statement_shares_six_words_in_a_row_with_the_source_article()
    {
        var folder = Repo.SharedSource;
        if (folder is null)
        {
            Assert.Skip("The source article (../shared/source) is not beside this checkout.");
        }

        var sourceRuns = ContentPolicyTests.Runs(ContentPolicyTests.Words(File.ReadAllText(Path.Combine(folder, "source-article.txt"))), 6).ToHashSet();
        foreach (var statement in Parse(ShippedQuiz).Quiz!.Statements)
        {
            Assert.DoesNotContain(ContentPolicyTests.Runs(ContentPolicyTests.Words(statement.Text), 6), sourceRuns.Contains);
        }
    }

    [Fact]
    public void An_unknown_dimension_is_named_with_its_line()
    {
        var yaml = ShippedQuiz.Replace("dimension: avoidance\n    reverse: false\n  - id: settle-after-argument", "dimension: closeness\n    reverse: false\n  - id: settle-after-argument", StringComparison.Ordinal);

        var (quiz, problems) = Parse(yaml);

        Assert.Null(quiz);
        var error = problems.First(p => p.Message.Contains("unknown dimension", StringComparison.Ordinal));
        Assert.Contains("'closeness'", error.Message, StringComparison.Ordinal);
        Assert.Equal("dimension: closeness", ShippedLine(yaml, error.Line));
    }

    [Fact]
    public void A_duplicate_statement_id_is_an_error()
    {
        var yaml = ShippedQuiz.Replace("id: room-to-breathe", "id: slow-reply-worry", StringComparison.Ordinal);

        var (quiz, problems) = Parse(yaml);

        Assert.Null(quiz);
        var error = SingleError(problems);
        Assert.Contains("duplicate statement id 'slow-reply-worry'", error.Message, StringComparison.Ordinal);
        Assert.Equal("- id: slow-reply-worry", ShippedLine(yaml, error.Line));
    }

    [Fact]
    public void Fewer_than_five_statements_on_a_dimension_is_an_error()
    {
        var (quiz, problems) = Parse(KeepStatements(ShippedQuiz, anxiety: 4, avoidance: 7));

        Assert.Null(quiz);
        Assert.Contains("anxiety dimension has 4", SingleError(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_is_reported_not_thrown()
    {
        var (quiz, problems) = Parse("title: [oops\nintro: x\n");

        Assert.Null(quiz);
        Assert.Contains("malformed", SingleError(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scale_without_seven_labels_is_an_error()
    {
        var (quiz, problems) = Parse(ShippedQuiz.Replace("  - Strongly agree\n", "", StringComparison.Ordinal));

        Assert.Null(quiz);
        Assert.Contains("exactly 7 labels", SingleError(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_pattern_is_an_error()
    {
        var yaml = ShippedQuiz[..ShippedQuiz.IndexOf("  anxious:", StringComparison.Ordinal)];

        var (quiz, problems) = Parse(yaml);

        Assert.Null(quiz);
        Assert.Contains("'anxious' is missing", SingleError(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_pointing_at_a_missing_guide_anchor_is_an_error_naming_both()
    {
        var yaml = ShippedQuiz.Replace("guide: attachment-patterns#secure", "guide: attachment-patterns#calm", StringComparison.Ordinal)
            .Replace("guide: attachment-patterns#anxious", "guide: no-such-chapter#anxious", StringComparison.Ordinal);
        var quiz = Parse(yaml).Quiz!;
        var problems = new List<ContentProblem>();

        QuizParser.CheckGuideAnchors(quiz, PatternsChapter(), QuizParser.DefaultFile, problems);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("'#calm'", StringComparison.Ordinal) && ShippedLine(yaml, p.Line) == "guide: attachment-patterns#calm");
        Assert.Contains(problems, p => p.Message.Contains("'no-such-chapter'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pattern_pointing_into_a_draft_chapter_is_an_error_so_draft_text_never_reaches_a_result_page()
    {
        var quiz = Parse(ShippedQuiz).Quiz!;
        var file = new ContentFile("guide/02-attachment-patterns.md", "02-attachment-patterns.md",
            File.ReadAllText(Path.Combine(Repo.Content, "guide", "02-attachment-patterns.md")).Replace("order: 2", "order: 2\ndraft: true", StringComparison.Ordinal));
        var draft = ChapterLoader.Load(file, new GuideMarkdown(), [])!;
        var guide = new GuideSnapshot([draft], [], Microsoft.Extensions.FileProviders.NullChangeToken.Singleton, new DateOnly(2026, 11, 27));
        var problems = new List<ContentProblem>();

        QuizParser.CheckGuideAnchors(quiz, guide, QuizParser.DefaultFile, problems);

        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.Contains("draft or not yet published", p.Message, StringComparison.Ordinal));
        Assert.Null(guide.FindSection("attachment-patterns", "secure"));
    }

    [Fact]
    public void The_version_changes_with_wording_keys_cut_or_margin_but_not_with_comments()
    {
        var baseline = Parse(ShippedQuiz).Quiz!.Version;

        Assert.Equal(baseline, Parse("# a new comment\n" + ShippedQuiz).Quiz!.Version);
        Assert.NotEqual(baseline, Parse(ShippedQuiz.Replace("my mind fills the silence", "my mind fills the quiet", StringComparison.Ordinal)).Quiz!.Version);
        Assert.NotEqual(baseline, Parse(ShippedQuiz.Replace("margin: 0.75", "margin: 0.5", StringComparison.Ordinal)).Quiz!.Version);
        Assert.NotEqual(baseline, Parse(ShippedQuiz.Replace("cut: 4.0", "cut: 4.5", StringComparison.Ordinal)).Quiz!.Version);
        Assert.NotEqual(baseline, Parse(ShippedQuiz.Replace("dimension: anxiety\n    reverse: true", "dimension: anxiety\n    reverse: false", StringComparison.Ordinal)).Quiz!.Version);
    }

    private static string ShippedLine(string yaml, int line) => yaml.Split('\n')[line - 1].Trim();

    /// <summary>The shipped quiz with only the first <paramref name="anxiety"/> and <paramref name="avoidance"/> statements of each dimension.</summary>
    private static string KeepStatements(string yaml, int anxiety, int avoidance)
    {
        var start = yaml.IndexOf("statements:\n", StringComparison.Ordinal) + "statements:\n".Length;
        var end = yaml.IndexOf("# Each pattern", StringComparison.Ordinal);
        var blocks = yaml[start..end].Split("  - id:", StringSplitOptions.RemoveEmptyEntries).Select(b => "  - id:" + b).ToList();
        var kept = blocks.Where(b => b.Contains("dimension: anxiety", StringComparison.Ordinal)).Take(anxiety)
            .Concat(blocks.Where(b => b.Contains("dimension: avoidance", StringComparison.Ordinal)).Take(avoidance));
        return yaml[..start] + string.Concat(kept) + yaml[end..];
    }

    private static GuideSnapshot PatternsChapter()
    {
        var file = new ContentFile("guide/02-attachment-patterns.md", "02-attachment-patterns.md",
            File.ReadAllText(Path.Combine(Repo.Content, "guide", "02-attachment-patterns.md")));
        var chapter = ChapterLoader.Load(file, new GuideMarkdown(), [])!;
        return new GuideSnapshot([chapter], [], Microsoft.Extensions.FileProviders.NullChangeToken.Singleton, new DateOnly(2026, 11, 27));
    }
}
