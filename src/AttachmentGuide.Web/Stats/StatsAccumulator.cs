using System.Text.Json;
using AttachmentGuide.Web.Quiz;

namespace AttachmentGuide.Web.Stats;

/// <summary>One saved result as the statistics read it: no id, no token hash.</summary>
public sealed record StatsRow(DateOnly CreatedOn, double Anxiety, double Avoidance, string Pattern, string Answers);

/// <summary>
/// Builds <see cref="QuizStats"/> from rows in one pass, holding only counts and running sums, so the cost in
/// memory does not grow with the number of rows.
/// </summary>
/// <param name="quiz">The version's definition, for α; null when it is not the current quiz (α is then left out).</param>
public sealed class StatsAccumulator(string version, QuizDefinition? quiz)
{
    private readonly RunningMoments _anxiety = new();
    private readonly RunningMoments _avoidance = new();
    private readonly RunningCorrelation _correlation = new();
    private readonly Dictionary<double, long> _anxietyScores = [];
    private readonly Dictionary<double, long> _avoidanceScores = [];
    private readonly Dictionary<string, long> _patterns = new(StringComparer.Ordinal);
    private readonly HeatGrid _heat = new();
    private readonly ScaleItems? _anxietyItems = ScaleItems.For(quiz, Dimension.Anxiety);
    private readonly ScaleItems? _avoidanceItems = ScaleItems.For(quiz, Dimension.Avoidance);
    private DateOnly? _since;

    public void Add(StatsRow row)
    {
        _anxiety.Add(row.Anxiety);
        _avoidance.Add(row.Avoidance);
        _correlation.Add(row.Anxiety, row.Avoidance);
        _anxietyScores[row.Anxiety] = _anxietyScores.GetValueOrDefault(row.Anxiety) + 1;
        _avoidanceScores[row.Avoidance] = _avoidanceScores.GetValueOrDefault(row.Avoidance) + 1;
        _patterns[row.Pattern] = _patterns.GetValueOrDefault(row.Pattern) + 1;
        _heat.Add(row.Avoidance, row.Anxiety);
        if (_since is null || row.CreatedOn < _since)
        {
            _since = row.CreatedOn;
        }

        if (_anxietyItems is not null || _avoidanceItems is not null)
        {
            var answers = ReadAnswers(row.Answers);
            _anxietyItems?.Add(answers);
            _avoidanceItems?.Add(answers);
        }
    }

    public QuizStats Build() => new(
        version,
        _anxiety.Count,
        _since,
        [.. _patterns.Select(p => new PatternCount(p.Key, p.Value)).OrderBy(p => Order(p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)],
        _heat,
        Summarise(_anxiety, _anxietyScores, _anxietyItems),
        Summarise(_avoidance, _avoidanceScores, _avoidanceItems),
        _correlation.Pearson);

    private static DimensionStats Summarise(RunningMoments moments, Dictionary<double, long> scores, ScaleItems? items) =>
        new(moments.Mean, moments.SampleStandardDeviation, ScoreDistribution.From(scores).Median,
            items?.Alpha.Alpha ?? double.NaN, items?.Alpha.Count ?? 0, ScoreDistribution.From(scores));

    /// <summary>Clear patterns in the quiz's quadrant order, then "between" keys by their primary, fewest candidates first.</summary>
    private static (int, int) Order(string key) =>
        Placement.FromKey(key) is { } placement ? ((int)placement.Primary, placement.Candidates.Count) : (int.MaxValue, int.MaxValue);

    /// <summary>A malformed answers column (it never should be) counts for the scores but not for α.</summary>
    private static Dictionary<string, int>? ReadAnswers(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, int>>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The keyed answers to one dimension's statements, fed to α only when the row answered all of them.</summary>
    private sealed class ScaleItems
    {
        private readonly Statement[] _statements;
        private readonly int[] _keyed;

        private ScaleItems(Statement[] statements)
        {
            _statements = statements;
            _keyed = new int[statements.Length];
            Alpha = new RunningAlpha(statements.Length);
        }

        public RunningAlpha Alpha { get; }

        public static ScaleItems? For(QuizDefinition? quiz, Dimension dimension) =>
            quiz is null ? null : new ScaleItems([.. quiz.Statements.Where(s => s.Dimension == dimension)]);

        public void Add(Dictionary<string, int>? answers)
        {
            if (answers is null)
            {
                return;
            }

            for (var i = 0; i < _statements.Length; i++)
            {
                if (!answers.TryGetValue(_statements[i].Id, out var answer) || answer is < QuizDefinition.ScaleMin or > QuizDefinition.ScaleMax)
                {
                    return;
                }

                _keyed[i] = Scorer.Keyed(_statements[i], answer);
            }

            Alpha.Add(_keyed);
        }
    }
}
