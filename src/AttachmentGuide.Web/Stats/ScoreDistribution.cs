namespace AttachmentGuide.Web.Stats;

/// <summary>
/// Every saved score on one dimension, kept as distinct values with their counts. A score is a mean of a few
/// 1–7 answers, so there are only a few dozen distinct values however many rows there are.
/// </summary>
public sealed class ScoreDistribution
{
    // Scores are means of small integers: values this close are the same score reached by a different rounding path.
    private const double Tolerance = 1e-9;

    private readonly double[] _values;
    private readonly long[] _cumulative;

    private ScoreDistribution(double[] values, long[] cumulative)
    {
        _values = values;
        _cumulative = cumulative;
    }

    public long Count => _cumulative.Length == 0 ? 0 : _cumulative[^1];

    public static ScoreDistribution From(IReadOnlyDictionary<double, long> counts)
    {
        var values = counts.Keys.Order().ToArray();
        var cumulative = new long[values.Length];
        long running = 0;
        for (var i = 0; i < values.Length; i++)
        {
            running += counts[values[i]];
            cumulative[i] = running;
        }

        return new ScoreDistribution(values, cumulative);
    }

    /// <summary>
    /// The share of scores strictly below <paramref name="score"/> plus half the share equal to it, in percent
    /// (the "mid-rank" percentile, so a score shared by everyone sits at 50, not 0 or 100).
    /// </summary>
    public double PercentileOf(double score)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        long below = 0;
        long equal = 0;
        for (var i = 0; i < _values.Length; i++)
        {
            var n = _cumulative[i] - (i == 0 ? 0 : _cumulative[i - 1]);
            if (_values[i] < score - Tolerance)
            {
                below += n;
            }
            else if (_values[i] <= score + Tolerance)
            {
                equal += n;
            }
        }

        return 100.0 * (below + (equal / 2.0)) / Count;
    }

    /// <summary>The median: the middle score, or the mean of the two middle scores when the count is even.</summary>
    public double Median => Count == 0 ? double.NaN : (ValueAt((Count - 1) / 2) + ValueAt(Count / 2)) / 2;

    /// <summary>The score at a 0-based position in sorted order.</summary>
    private double ValueAt(long position)
    {
        var index = Array.FindIndex(_cumulative, c => c > position);
        return _values[index];
    }
}
