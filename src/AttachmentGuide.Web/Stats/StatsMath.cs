namespace AttachmentGuide.Web.Stats;

/// <summary>
/// Running mean and sample variance (n − 1) by Welford's method: one pass, no stored values, and no loss of
/// precision from subtracting large sums, so a million rows cost a few doubles.
/// </summary>
public sealed class RunningMoments
{
    private double _mean;
    private double _m2;

    public long Count { get; private set; }

    public double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>The sample variance, dividing by n − 1; NaN below two values.</summary>
    public double SampleVariance => Count < 2 ? double.NaN : _m2 / (Count - 1);

    public double SampleStandardDeviation => Math.Sqrt(SampleVariance);

    public void Add(double value)
    {
        Count++;
        var delta = value - _mean;
        _mean += delta / Count;
        _m2 += delta * (value - _mean);
    }
}

/// <summary>Pearson's correlation of two variables, accumulated in one pass the same way as <see cref="RunningMoments"/>.</summary>
public sealed class RunningCorrelation
{
    private long _count;
    private double _meanX;
    private double _meanY;
    private double _m2X;
    private double _m2Y;
    private double _coMoment;

    public void Add(double x, double y)
    {
        _count++;
        var dx = x - _meanX;
        _meanX += dx / _count;
        var dy = y - _meanY;
        _meanY += dy / _count;
        _m2X += dx * (x - _meanX);
        _m2Y += dy * (y - _meanY);
        _coMoment += dx * (y - _meanY);
    }

    /// <summary>r, or NaN when there are fewer than two pairs or either variable never varies.</summary>
    public double Pearson => _count < 2 || _m2X <= 0 || _m2Y <= 0 ? double.NaN : _coMoment / Math.Sqrt(_m2X * _m2Y);
}

/// <summary>
/// Cronbach's α for one scale: α = k/(k − 1) · (1 − Σ item variances / variance of the totals), with the sample
/// variance (n − 1) throughout. Items must already be keyed (reverse-keyed answers turned round).
/// </summary>
public sealed class RunningAlpha(int items)
{
    private readonly RunningMoments[] _items = [.. Enumerable.Range(0, items).Select(_ => new RunningMoments())];
    private readonly RunningMoments _totals = new();

    public long Count => _totals.Count;

    /// <param name="keyed">One keyed answer per item, in a fixed order.</param>
    public void Add(ReadOnlySpan<int> keyed)
    {
        if (keyed.Length != _items.Length)
        {
            throw new ArgumentException($"Expected {_items.Length} items, got {keyed.Length}.", nameof(keyed));
        }

        var total = 0;
        for (var i = 0; i < keyed.Length; i++)
        {
            _items[i].Add(keyed[i]);
            total += keyed[i];
        }

        _totals.Add(total);
    }

    /// <summary>α, or NaN with fewer than two items or two respondents, or when the totals never vary.</summary>
    public double Alpha
    {
        get
        {
            var k = _items.Length;
            var totalVariance = _totals.SampleVariance;
            if (k < 2 || double.IsNaN(totalVariance) || totalVariance <= 0)
            {
                return double.NaN;
            }

            var itemVariances = _items.Sum(i => i.SampleVariance);
            return k / (k - 1.0) * (1 - (itemVariances / totalVariance));
        }
    }
}
