using AttachmentGuide.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AttachmentGuide.Tests.TestSupport;

/// <summary>
/// The real site in memory, with its own copy of the content and its own SQLite file, so tests can edit
/// content and count rows without disturbing each other.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;

    public SiteFactory(string contentPath, string environment = "Development", string? databasePath = null)
    {
        ContentPath = contentPath;
        _environment = environment;
        DatabasePath = databasePath ?? Path.Combine(Path.GetTempPath(), $"ag-results-{Guid.NewGuid():N}.db");
    }

    public string ContentPath { get; }

    public string DatabasePath { get; }

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
        builder.UseSetting("ConnectionStrings:Results", $"Data Source={DatabasePath};Pooling=False");
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
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                TryDelete(() => File.Delete(DatabasePath + suffix));
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
