using System.Globalization;
using AttachmentGuide.Web.Quiz;

namespace AttachmentGuide.Web.Stats;

/// <summary>One bar of the pattern chart. <see cref="Count"/> is null when the group is too small to show.</summary>
public sealed record PatternBar(string Label, long? Count, double? Percent);

/// <summary>One heat-map cell as shown: null count when there are none, "fewer than 5" when masked.</summary>
/// <param name="Level">0 for empty, 1 for masked, 2–6 for ever larger shares of the fullest cell.</param>
public sealed record HeatCell(int AvoidanceCell, int AnxietyCell, long Count, int Level)
{
    public bool IsMasked => Count is > 0 and < StatsThresholds.SmallGroup;

    public string Text => Count == 0 ? "0" : IsMasked ? "fewer than 5" : Count.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The statistics page's wording and numbers, with every small-group rule already applied.</summary>
public sealed class StatsView
{
    public StatsView(QuizDefinition quiz, QuizStats stats)
    {
        Quiz = quiz;
        Stats = stats;
        Bars = [.. stats.Patterns.Select(p => Bar(quiz, p, stats.Count))];
        var max = stats.Heat.Max;
        var cells = new List<HeatCell>(HeatGrid.Cells * HeatGrid.Cells);
        for (var anxiety = 0; anxiety < HeatGrid.Cells; anxiety++)
        {
            for (var avoidance = 0; avoidance < HeatGrid.Cells; avoidance++)
            {
                var count = stats.Heat[avoidance, anxiety];
                cells.Add(new HeatCell(avoidance, anxiety, count, Level(count, max)));
            }
        }

        Cells = cells;
    }

    public QuizDefinition Quiz { get; }

    public QuizStats Stats { get; }

    public IReadOnlyList<PatternBar> Bars { get; }

    /// <summary>Row by row from anxiety 1.0–1.5 upwards, avoidance left to right within a row.</summary>
    public IReadOnlyList<HeatCell> Cells { get; }

    public static string Number(double value, string format = "0.00") =>
        double.IsNaN(value) ? "not available" : value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>"2.5–3.0": the scores a cell holds (each cell includes its upper edge).</summary>
    public static string Range(int cell) =>
        string.Create(CultureInfo.InvariantCulture, $"{HeatGrid.LowerEdge(cell):0.0}–{HeatGrid.LowerEdge(cell) + HeatGrid.CellSize:0.0}");

    /// <summary>"Avoidant", "Between avoidant and fearful-avoidant", "Near both lines: …".</summary>
    public static string PatternLabel(QuizDefinition quiz, string key)
    {
        if (Placement.FromKey(key) is not { } placement)
        {
            return key;
        }

        var names = placement.Candidates.Select(p => quiz.Patterns.TryGetValue(p, out var info) ? info.Name : p.Key()).ToList();
        return names.Count switch
        {
            1 => names[0],
            2 => $"Between {names[0]} and {names[1]}",
            _ => $"Near both lines: {string.Join(", ", names[..^1])} and {names[^1]}",
        };
    }

    private static PatternBar Bar(QuizDefinition quiz, PatternCount pattern, long total) =>
        pattern.Count < StatsThresholds.SmallGroup
            ? new PatternBar(PatternLabel(quiz, pattern.Key), null, null)
            : new PatternBar(PatternLabel(quiz, pattern.Key), pattern.Count, 100.0 * pattern.Count / total);

    /// <summary>Shown cells get one of five shades by their share of the fullest cell; masked cells one shade of their own.</summary>
    private static int Level(long count, long max) => count switch
    {
        0 => 0,
        < StatsThresholds.SmallGroup => 1,
        _ => 2 + (int)Math.Min(4, Math.Floor(5.0 * count / (max + 1))),
    };
}
