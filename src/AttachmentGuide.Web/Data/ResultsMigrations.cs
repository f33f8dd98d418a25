using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Data;

/// <summary>
/// Applies the migrations at start-up. A deliberate choice: the schema always matches the code and there is no
/// separate deploy step to forget. On PostgreSQL, EF Core takes a lock for it, so nodes starting together take turns
/// and the later ones find nothing to do.
/// They run on a background thread while the server builds its pipeline and starts listening, not before it: on a
/// small machine each takes about half a second, and side by side on two cores they finish sooner than one after the
/// other (cold start went from about 1.7 s to about 1.2 s with this and the compiled model). The host does not report
/// itself started until they are done (a failure stops start-up, as before), and code that uses the database waits
/// for <see cref="Applied"/>.
/// </summary>
public sealed class ResultsMigrations(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options) : IHostedLifecycleService
{
    private readonly Lazy<Task> _applied = new(() => Task.Run(() => Apply(scopes)));

    /// <summary>
    /// Starts the migrations, once; later calls return the same task. Everything that reads or writes the results
    /// table awaits it first (ResultStore, CrowdStatistics, the health check), so only those requests can wait, and
    /// only in the first second of the process: the guide's pages never do.
    /// </summary>
    public Task Applied => _applied.Value;

    /// <summary>Call as early as start-up allows, so they overlap as much of it as they can.</summary>
    public void Start() => _ = Applied;

    Task IHostedLifecycleService.StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// On PostgreSQL the data-protection key ring lives in this database, and its service (registered after this one)
    /// loads it as it starts: there, everything after this waits for the schema. With SQLite the keys are files, and
    /// the server starts meanwhile.
    /// </summary>
    Task IHostedService.StartAsync(CancellationToken cancellationToken) =>
        options.Value.Kind == DatabaseProvider.Postgres ? Applied.WaitAsync(cancellationToken) : Task.CompletedTask;

    Task IHostedLifecycleService.StartedAsync(CancellationToken cancellationToken) => Applied.WaitAsync(cancellationToken);

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    Task IHostedLifecycleService.StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Apply(IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        if (!db.Database.IsSqlite())
        {
            db.Database.Migrate();
            return;
        }

        if (ResultsDatabaseExtensions.SqliteFile(db.Database.GetConnectionString()!) is { } file)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        db.Database.Migrate();

        // WAL lets readers and the writer work side by side; the mode is stored in the file, so once is enough.
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }
}
