using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Guide;
using YamlDotNet.RepresentationModel;

namespace AttachmentGuide.Web.Quiz;

/// <summary>Reads the editors' quiz file, reporting every mistake with its line instead of stopping at the first.</summary>
public static partial class QuizParser
{
    public const string DefaultFile = "quiz/attachment.yml";
    public const int MinStatementsPerDimension = 5;

    private static readonly string[] TopLevelFields = ["title", "intro", "scale", "cut", "margin", "statements", "patterns"];
    private static readonly string[] StatementFields = ["id", "text", "dimension", "reverse"];
    private static readonly string[] PatternFields = ["name", "summary", "guide"];

    public static QuizDefinition? Parse(string yaml, string file, List<ContentProblem> problems)
    {
        var errorsBefore = CountErrors(problems);
        var nodes = new YamlNodes(file, 0, problems);
        var root = nodes.ParseMapping(yaml);
        if (root is null)
        {
            return null;
        }

        nodes.WarnUnknownKeys(root, TopLevelFields, "the quiz file");
        var title = nodes.RequiredString(root, "title", "the quiz file");
        var intro = nodes.RequiredString(root, "intro", "the quiz file");
        var scale = ParseScale(nodes, root);
        var cut = nodes.RequiredDecimal(root, "cut", "the quiz file");
        var margin = nodes.RequiredDecimal(root, "margin", "the quiz file");
        if (cut is { } c && (c <= QuizDefinition.ScaleMin || c >= QuizDefinition.ScaleMax))
        {
            nodes.Error(nodes.Get(root, "cut")!, $"'cut' must lie between {QuizDefinition.ScaleMin} and {QuizDefinition.ScaleMax} (the scale's neutral point is 4.0)");
        }

        if (margin is { } m && (m <= 0 || m >= 3))
        {
            nodes.Error(nodes.Get(root, "margin")!, "'margin' must be more than 0 and less than 3");
        }

        var statements = ParseStatements(nodes, root);
        var patterns = ParsePatterns(nodes, root);

        if (CountErrors(problems) > errorsBefore || title is null || intro is null || scale is null || cut is null || margin is null)
        {
            return null;
        }

        return new QuizDefinition(title, intro, scale, cut.Value, margin.Value, statements, patterns,
            VersionOf(statements, scale, cut.Value, margin.Value));
    }

    /// <summary>
    /// Every pattern must point at a section the guide really has, or the result page would show nothing.
    /// </summary>
    public static void CheckGuideAnchors(QuizDefinition quiz, GuideSnapshot guide, string file, List<ContentProblem> problems)
    {
        foreach (var info in quiz.Patterns.Values)
        {
            if (guide.Find(info.ChapterSlug) is not { } chapter)
            {
                problems.Add(ContentProblem.Error(file, info.Line, $"pattern '{info.Pattern.Key()}' points at the chapter '{info.ChapterSlug}', which the guide does not have"));
            }
            else if (!guide.IsPublished(chapter))
            {
                problems.Add(ContentProblem.Error(file, info.Line, $"pattern '{info.Pattern.Key()}' points at {chapter.RelativePath}, which is a draft or not yet published"));
            }
            else if (!chapter.Sections.ContainsKey(info.HeadingId))
            {
                problems.Add(ContentProblem.Error(file, info.Line, $"pattern '{info.Pattern.Key()}' points at '#{info.HeadingId}', which is not a heading id in {chapter.RelativePath}"));
            }
        }
    }

    /// <summary>A short hash of what gives an answer its meaning: statements, their keys, the scale, cut and margin.</summary>
    public static string VersionOf(IReadOnlyList<Statement> statements, IReadOnlyList<string> scale, decimal cut, decimal margin)
    {
        var canonical = new StringBuilder();
        foreach (var s in statements)
        {
            canonical.Append(s.Id).Append('\u001f').Append(s.Dimension).Append('\u001f').Append(s.Reverse).Append('\u001f').Append(s.Text).Append('\u001e');
        }

        canonical.Append(string.Join('\u001f', scale)).Append('\u001e');
        canonical.Append(cut.ToString("0.00", CultureInfo.InvariantCulture)).Append('\u001e');
        canonical.Append(margin.ToString("0.00", CultureInfo.InvariantCulture));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexStringLower(hash)[..8];
    }

    private static List<string>? ParseScale(YamlNodes nodes, YamlMappingNode root)
    {
        var node = nodes.Get(root, "scale");
        if (node is not YamlSequenceNode sequence)
        {
            nodes.Error(node ?? root, "'scale' must be a list of the 7 answer labels, from strongest disagreement to strongest agreement");
            return null;
        }

        var labels = sequence.Children.Select(child => nodes.Text(child, "scale label")).ToList();
        if (labels.Count != QuizDefinition.ScaleMax)
        {
            nodes.Error(sequence, $"'scale' must have exactly {QuizDefinition.ScaleMax} labels, one per answer 1–7; it has {labels.Count}");
            return null;
        }

        return labels.Any(l => l is null) ? null : [.. labels.OfType<string>()];
    }

    private static List<Statement> ParseStatements(YamlNodes nodes, YamlMappingNode root)
    {
        var statements = new List<Statement>();
        var node = nodes.Get(root, "statements");
        if (node is not YamlSequenceNode sequence)
        {
            nodes.Error(node ?? root, "'statements' must be a list of statements, each with id, text, dimension and reverse");
            return statements;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode map)
            {
                nodes.Error(item, "each statement must have the fields id, text, dimension and reverse");
                continue;
            }

            nodes.WarnUnknownKeys(map, StatementFields, "a statement");
            var id = nodes.RequiredString(map, "id", "a statement");
            var text = nodes.RequiredString(map, "text", "a statement");
            var dimensionName = nodes.RequiredString(map, "dimension", "a statement");
            var reverse = nodes.OptionalBool(map, "reverse");

            if (id is not null && !StatementId().IsMatch(id))
            {
                nodes.Error(nodes.Get(map, "id")!, $"statement id '{id}' must be lowercase letters, digits and hyphens (at most 40)");
                id = null;
            }
            else if (id is not null && seen.TryGetValue(id, out var firstLine))
            {
                nodes.Error(nodes.Get(map, "id")!, $"duplicate statement id '{id}' (first used on line {firstLine}); ids must be unique");
                id = null;
            }
            else if (id is not null)
            {
                seen[id] = nodes.LineOf(map);
            }

            Dimension? dimension = dimensionName switch
            {
                "anxiety" => Dimension.Anxiety,
                "avoidance" => Dimension.Avoidance,
                _ => null,
            };
            if (dimensionName is not null && dimension is null)
            {
                nodes.Error(nodes.Get(map, "dimension")!, $"unknown dimension '{dimensionName}': use 'anxiety' or 'avoidance'");
            }

            if (id is not null && text is not null && dimension is not null)
            {
                statements.Add(new Statement(id, text, dimension.Value, reverse));
            }
        }

        foreach (var dimension in Enum.GetValues<Dimension>())
        {
            var count = statements.Count(s => s.Dimension == dimension);
            if (count < MinStatementsPerDimension)
            {
                nodes.Error(sequence, $"the {dimension.ToString().ToLowerInvariant()} dimension has {count} valid statement(s); it needs at least {MinStatementsPerDimension} for a steady score");
            }
        }

        return statements;
    }

    private static Dictionary<Pattern, PatternInfo> ParsePatterns(YamlNodes nodes, YamlMappingNode root)
    {
        var patterns = new Dictionary<Pattern, PatternInfo>();
        var node = nodes.Get(root, "patterns");
        if (node is not YamlMappingNode map)
        {
            nodes.Error(node ?? root, "'patterns' must list secure, avoidant, fearful-avoidant and anxious, each with name, summary and guide");
            return patterns;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (PatternKeys.FromKey(key) is not { } pattern)
            {
                nodes.Error(keyNode, $"unknown pattern '{key}': use secure, avoidant, fearful-avoidant and anxious");
                continue;
            }

            if (valueNode is not YamlMappingNode fields)
            {
                nodes.Error(valueNode, $"pattern '{key}' needs the fields name, summary and guide");
                continue;
            }

            nodes.WarnUnknownKeys(fields, PatternFields, $"pattern '{key}'");
            var name = nodes.RequiredString(fields, "name", $"pattern '{key}'");
            var summary = nodes.RequiredString(fields, "summary", $"pattern '{key}'");
            var guide = nodes.RequiredString(fields, "guide", $"pattern '{key}'");
            var match = guide is null ? null : GuideAnchor().Match(guide);
            if (guide is not null && match is not { Success: true })
            {
                nodes.Error(nodes.Get(fields, "guide")!, $"pattern '{key}': 'guide' must be a chapter and heading id such as attachment-patterns#avoidant");
                continue;
            }

            if (name is not null && summary is not null && match is not null)
            {
                var line = nodes.LineOf(nodes.Get(fields, "guide")!);
                patterns[pattern] = new PatternInfo(pattern, name, summary, match.Groups["slug"].Value, match.Groups["id"].Value, line);
            }
        }

        foreach (var pattern in Enum.GetValues<Pattern>())
        {
            if (!patterns.ContainsKey(pattern) && !map.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == pattern.Key()))
            {
                nodes.Error(map, $"the pattern '{pattern.Key()}' is missing; all four are needed");
            }
        }

        return patterns;
    }

    private static int CountErrors(List<ContentProblem> problems) => problems.Count(p => p.Severity == ProblemSeverity.Error);

    [GeneratedRegex(@"^(?=.{1,40}\z)[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex StatementId();

    [GeneratedRegex(@"^(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)#(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex GuideAnchor();
}
