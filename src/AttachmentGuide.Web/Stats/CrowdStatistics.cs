using System.Data.Common;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Quiz;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace AttachmentGuide.Web.Stats;

/// <summary>Where one taker's scores sit among the saved results of the same quiz version.</summary>
/// <param name="AnxietyPercentile">Mid-rank percentile, 0–100 (see <see cref="ScoreDistribution.PercentileOf"/>).</param>
public sealed record CrowdComparison(double AnxietyPercentile, double AvoidancePercentile, double MedianAnxiety, double MedianAvoidance);

/// <summary>
/// The saved results of a quiz version, summarised. One query per version per minute at most: it reads the few
/// columns the statistics need and folds them in one pass; the summary is cached for a minute.
/// </summary>
public sealed class CrowdStatistics(IServiceScopeFactory scopes, ResultsMigrations migrations, IMemoryCache cache, ILogger<CrowdStatistics> logger) : IDisposable
{
    /// <summary>How stale the numbers may be; a minute keeps a busy site to one scan a minute per version.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    // One computation at a time, so a burst of requests after expiry scans the table once, not once each.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <param name="quiz">The version's definition when it is the current quiz (for α); null otherwise.</param>
    public async Task<QuizStats> ForVersionAsync(string version, QuizDefinition? quiz, CancellationToken cancellationToken)
    {
        var key = (nameof(CrowdStatistics), version, quiz is not null);
        if (cache.TryGetValue(key, out QuizStats? cached) && cached is not null)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(key, out cached) && cached is not null)
            {
                return cached;
            }

            var stats = await ComputeAsync(version, quiz, cancellationToken);
            cache.Set(key, stats, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = MaxAge, Size = 1 });
            return stats;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The result page's comparison, or null below <see cref="StatsThresholds.Comparison"/> results or when the
    /// database cannot be read: a taker's result never fails because the crowd is unavailable.
    /// </summary>
    public async Task<CrowdComparison?> CompareAsync(string version, QuizDefinition? quiz, double anxiety, double avoidance, CancellationToken cancellationToken)
    {
        QuizStats stats;
        try
        {
            stats = await ForVersionAsync(version, quiz, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            logger.LogWarning(ex, "Could not read saved results for the comparison; the result page shows none");
            return null;
        }

        return stats.CanCompare
            ? new CrowdComparison(
                stats.Anxiety.Distribution.PercentileOf(anxiety),
                stats.Avoidance.Distribution.PercentileOf(avoidance),
                stats.Anxiety.Median,
                stats.Avoidance.Median)
            : null;
    }

    public void Dispose() => _gate.Dispose();

    private async Task<QuizStats> ComputeAsync(string version, QuizDefinition? quiz, CancellationToken cancellationToken)
    {
        await migrations.Applied.WaitAsync(cancellationToken);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        var accumulator = new StatsAccumulator(version, quiz?.Version == version ? quiz : null);

        // Plain LINQ over an indexed column, so it runs the same on any EF Core provider.
        var rows = db.Results.AsNoTracking()
            .Where(r => r.QuizVersion == version)
            .Select(r => new StatsRow(r.CreatedOn, r.AnxietyScore, r.AvoidanceScore, r.Pattern, r.Answers))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            accumulator.Add(row);
        }

        return accumulator.Build();
    }
}
