using AttachmentGuide.Web.Stats;

namespace AttachmentGuide.Tests.Stats;

public sealed class StatsMathTests
{
    [Fact]
    public void Mean_sample_standard_deviation_and_correlation_match_a_hand_checked_set()
    {
        double[] x = [1, 2, 3, 4, 5];
        double[] y = [2, 4, 5, 4, 5];
        var moments = new RunningMoments();
        var correlation = new RunningCorrelation();
        for (var i = 0; i < x.Length; i++)
        {
            moments.Add(x[i]);
            correlation.Add(x[i], y[i]);
        }

        // By hand: mean 3; squares of deviations 4+1+0+1+4 = 10, over n − 1 = 4; r = 6 / √(10 · 6).
        Assert.Equal(3, moments.Mean, 12);
        Assert.Equal(Math.Sqrt(2.5), moments.SampleStandardDeviation, 12);
        Assert.Equal(0.774597, correlation.Pearson, 6);
    }

    [Fact]
    public void Cronbachs_alpha_matches_a_hand_checked_set_and_the_textbook_formula()
    {
        int[][] people = [[1, 2, 2], [2, 3, 3], [4, 4, 5], [5, 6, 6]];
        var alpha = new RunningAlpha(3);
        foreach (var person in people)
        {
            alpha.Add(person);
        }

        // By hand: item variances 10/3, 8.75/3, 10/3; totals 5, 8, 13, 17 have variance 84.75/3 = 28.25.
        // α = 3/2 · (1 − 9.5833 / 28.25) = 0.99115.
        Assert.Equal(0.99115, alpha.Alpha, 5);
        Assert.Equal(Independent.Alpha(people), alpha.Alpha, 12);
    }

    [Fact]
    public void Alpha_is_undefined_when_no_one_differs()
    {
        var alpha = new RunningAlpha(2);
        alpha.Add([3, 3]);
        alpha.Add([3, 3]);

        Assert.True(double.IsNaN(alpha.Alpha));
    }

    [Fact]
    public void A_percentile_counts_those_strictly_below_plus_half_of_those_tied()
    {
        var distribution = ScoreDistribution.From(new Dictionary<double, long> { [1] = 1, [2] = 2, [3] = 1 });

        Assert.Equal(50, distribution.PercentileOf(2));   // (1 + 2/2) / 4
        Assert.Equal(87.5, distribution.PercentileOf(3)); // (3 + 1/2) / 4
        Assert.Equal(0, distribution.PercentileOf(0.5));
        Assert.Equal(100, distribution.PercentileOf(6));
        Assert.Equal(2, distribution.Median);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_scores()
    {
        var distribution = ScoreDistribution.From(new Dictionary<double, long> { [1] = 1, [2] = 1, [4] = 1, [7] = 1 });

        Assert.Equal(3, distribution.Median);
    }

    [Theory]
    [InlineData(1.0, 0)]
    [InlineData(1.5, 0)]
    [InlineData(1.5000001, 1)]
    [InlineData(4.0, 5)]
    [InlineData(4.2, 6)]
    [InlineData(7.0, 11)]
    public void A_score_on_a_cell_edge_falls_in_the_cell_below_as_a_score_on_the_cut_counts_as_low(double score, int cell) =>
        Assert.Equal(cell, HeatGrid.CellOf(score));
}

/// <summary>The textbook two-pass formulas, written out separately from the app's one-pass ones.</summary>
internal static class Independent
{
    public static double Mean(IReadOnlyList<double> values) => values.Sum() / values.Count;

    public static double SampleVariance(IReadOnlyList<double> values)
    {
        var mean = Mean(values);
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }

    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        double mx = Mean(x), my = Mean(y);
        var cov = x.Select((v, i) => (v - mx) * (y[i] - my)).Sum();
        return cov / Math.Sqrt(x.Sum(v => (v - mx) * (v - mx)) * y.Sum(v => (v - my) * (v - my)));
    }

    public static double Alpha(IReadOnlyList<int[]> people)
    {
        var k = people[0].Length;
        var itemVariances = Enumerable.Range(0, k).Sum(i => SampleVariance([.. people.Select(p => (double)p[i])]));
        var totalVariance = SampleVariance([.. people.Select(p => (double)p.Sum())]);
        return k / (k - 1.0) * (1 - (itemVariances / totalVariance));
    }
}
