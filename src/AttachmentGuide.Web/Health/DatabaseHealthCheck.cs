using AttachmentGuide.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AttachmentGuide.Web.Health;

/// <summary>
/// Opens the results database and reads the table, as a save would. A thrown exception is caught, logged and
/// reported as Unhealthy by the health check service itself; only the check's name reaches the response.
/// </summary>
internal sealed class DatabaseHealthCheck(ResultsDbContext db, ResultsMigrations migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await migrations.Applied.WaitAsync(cancellationToken);

        // A real query, not CanConnect: SQLite would happily create an empty file where the database used to be.
        await db.Results.AsNoTracking().AnyAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
