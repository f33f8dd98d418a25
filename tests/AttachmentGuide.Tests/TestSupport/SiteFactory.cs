using AttachmentGuide.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttachmentGuide.Tests.TestSupport;

/// <summary>
/// The real site in memory, with its own copy of the content and its own SQLite file (or the given
/// <see cref="TestDatabase"/>, on either provider), so tests can edit content and count rows without disturbing each other.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly TestDatabase? _database;

    public SiteFactory(string contentPath, string environment = "Development", string? databasePath = null, TestDatabase? database = null)
    {
        ContentPath = contentPath;
        _environment = environment;
        _database = database;
        DatabasePath = database is not null ? database.SqlitePath : databasePath ?? Path.Combine(Path.GetTempPath(), $"ag-results-{Guid.NewGuid():N}.db");
    }

    public string ContentPath { get; }

    /// <summary>The SQLite file; null when the site runs on a PostgreSQL <see cref="TestDatabase"/>.</summary>
    public string? DatabasePath { get; }

    /// <summary>
    /// Settings applied over the defaults; change before the first client is made. Rate limits are raised out of
    /// the way by default because tests post far faster than people do; the rate limit tests set them low.
    /// </summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["RateLimits:QuizPostsPerMinute"] = "1000000",
        ["RateLimits:DeletePostsPerMinute"] = "1000000",
    };

    /// <summary>Every log entry the app writes, as its own logging configuration lets through.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>A client that shows redirects instead of following them, and keeps cookies like a browser.</summary>
    public HttpClient CreateBrowserClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public void WriteContent(string relativePath, string text)
    {
        var path = Path.Combine(ContentPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void DeleteContent(string relativePath) => File.Delete(Path.Combine(ContentPath, relativePath));

    public async Task<List<SavedResult>> ReadResultsAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        return await db.Results.AsNoTracking().ToListAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Content:Path", ContentPath);
        builder.UseSetting("Database:Provider", (_database?.Provider ?? DatabaseProvider.Sqlite).ToString());
        builder.UseSetting("ConnectionStrings:Results", _database?.ConnectionString ?? $"Data Source={DatabasePath};Pooling=False");
        // Keep test output to what matters: warnings and errors (the broken-content tests expect some).
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(Logs));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddressStartupFilter>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            TryDelete(() => Directory.Delete(ContentPath, recursive: true));
            // A TestDatabase belongs to the test (two sites may share it) and cleans up after itself.
            if (_database is null)
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    TryDelete(() => File.Delete(DatabasePath + suffix));
                }
            }
        }
    }

    private static void TryDelete(Action delete)
    {
        try
        {
            delete();
        }
        catch (IOException)
        {
            // A temp file left behind is harmless.
        }
    }
}

/// <summary>One site shared by a test class (xunit fixtures need a single constructor).</summary>
public sealed class SharedSite : SiteFactory
{
    public SharedSite() : base(Repo.CopyContent())
    {
    }
}
