using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AttachmentGuide.Web.Data;

public static class ResultsDatabaseExtensions
{
    private static readonly SqliteConnectionSettings ConnectionSettings = new();

    /// <summary>
    /// SQLite by default (setting <c>ConnectionStrings:Results</c>); when unset, a file under App_Data next to the app,
    /// created on first run, so <c>dotnet run</c> needs no setup.
    /// </summary>
    public static IServiceCollection AddResultsDatabase(this IServiceCollection services, IHostEnvironment environment)
    {
        // Resolved when the pool is first used, so settings added late (tests, environment) are honoured.
        services.AddDbContextPool<ResultsDbContext>((sp, options) => options
            .UseSqlite(ResolveConnectionString(sp.GetRequiredService<IConfiguration>().GetConnectionString("Results"), environment.ContentRootPath))
            .AddInterceptors(ConnectionSettings)
            // A database failure is logged once, by whoever handles it: ResultStore for a failed save, the exception
            // handler or the health check otherwise. EF's own error events would log the same failure twice more.
            .ConfigureWarnings(w => w.Log(
                (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug))));
        services.AddSingleton<ResultWriteGate>();
        services.AddScoped<ResultStore>();
        return services;
    }

    /// <summary>
    /// Applies migrations before the first request. A deliberate choice for a single-node site with an embedded
    /// database: the schema always matches the code and there is no separate deploy step to forget.
    /// </summary>
    public static void ApplyResultsMigrations(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.Mode != SqliteOpenMode.Memory && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        db.Database.Migrate();

        // WAL lets readers and the writer work side by side; the mode is stored in the file, so once is enough.
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    internal static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(contentRoot, "App_Data", "results.db")}"
            : configured);

        // Writers wait (and Microsoft.Data.Sqlite retries) for up to this many seconds when the file is busy.
        if (string.IsNullOrWhiteSpace(configured) || !configured.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.DefaultTimeout = 15;
        }

        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        }

        return builder.ToString();
    }
}
