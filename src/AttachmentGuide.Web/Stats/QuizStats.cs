namespace AttachmentGuide.Web.Stats;

/// <summary>The numbers behind the public statistics, before any threshold decides what may be shown.</summary>
public static class StatsThresholds
{
    /// <summary>Nothing at all is shown for a version with fewer saved results.</summary>
    public const int Publish = 20;

    /// <summary>A heat-map cell or a bar with fewer results says "fewer than 5", never the count.</summary>
    public const int SmallGroup = 5;

    /// <summary>Result pages compare a taker with the crowd from this many saved results.</summary>
    public const int Comparison = 50;

    /// <summary>Cronbach's α is shown from this many results with complete answers.</summary>
    public const int Reliability = 100;
}

/// <param name="Median">The middle score, marked on the result plot as "the middle of saved results".</param>
/// <param name="Alpha">Cronbach's α, NaN when it cannot be computed (no quiz definition, too few items or rows).</param>
/// <param name="AlphaRespondents">Rows whose answers covered every statement of the dimension, which α is computed from.</param>
public sealed record DimensionStats(double Mean, double SampleSd, double Median, double Alpha, long AlphaRespondents, ScoreDistribution Distribution);

/// <param name="Key">The stored placement key: "avoidant", or "avoidant+fearful-avoidant" when between.</param>
public sealed record PatternCount(string Key, long Count);

/// <summary>Results per 0.5 × 0.5 cell of the (avoidance, anxiety) plane, both 1–7.</summary>
public sealed class HeatGrid
{
    public const double CellSize = 0.5;
    public const int Cells = 12; // (7 − 1) / 0.5

    private readonly long[,] _counts = new long[Cells, Cells];

    /// <summary>
    /// The cell of a score: cells are (a, a + 0.5], the first one also holding 1, so a score exactly on a cell
    /// edge falls below it, as a score exactly on the cut counts as low.
    /// </summary>
    public static int CellOf(double score) =>
        Math.Clamp((int)Math.Ceiling(((score - 1) / CellSize) - 1e-9) - 1, 0, Cells - 1);

    public static double LowerEdge(int cell) => 1 + (cell * CellSize);

    /// <param name="avoidanceCell">Column, 0 = avoidance 1.0–1.5.</param>
    /// <param name="anxietyCell">Row, 0 = anxiety 1.0–1.5.</param>
    public long this[int avoidanceCell, int anxietyCell] => _counts[avoidanceCell, anxietyCell];

    public long Max => _counts.Cast<long>().Max();

    public void Add(double avoidance, double anxiety) => _counts[CellOf(avoidance), CellOf(anxiety)]++;
}

/// <summary>Everything the statistics page and the result page's comparison need, for one quiz version.</summary>
/// <param name="Since">The earliest saved date, or null with no rows.</param>
/// <param name="Correlation">Pearson's r between anxiety and avoidance; NaN when undefined.</param>
public sealed record QuizStats(
    string Version,
    long Count,
    DateOnly? Since,
    IReadOnlyList<PatternCount> Patterns,
    HeatGrid Heat,
    DimensionStats Anxiety,
    DimensionStats Avoidance,
    double Correlation)
{
    public bool CanPublish => Count >= StatsThresholds.Publish;

    public bool CanCompare => Count >= StatsThresholds.Comparison;

    public bool CanShowReliability(DimensionStats dimension) =>
        CanPublish && dimension.AlphaRespondents >= StatsThresholds.Reliability && !double.IsNaN(dimension.Alpha);
}
