using System.Security.Cryptography;
using System.Text.Json;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Quiz;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace AttachmentGuide.BrowserTests;

/// <summary>
/// The real site on Kestrel (127.0.0.1, a free port) with its own content copy and database, plus one
/// Debian Chromium driven by Playwright. Shared by every browser test; started once.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumArgs = "--no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

    private readonly string _contentPath = Repo.CopyContent();
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"ag-browser-{Guid.NewGuid():N}.db");
    private SiteHost? _host;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium was not started.");

    /// <summary>Why the browser could not start, when it could not (and we are not on CI).</summary>
    public string? SkipReason { get; private set; }

    private IBrowser? _browser;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "attachmentguide-screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            var reason = $"Chromium was not found at {ChromiumPath}. Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).";
            if (OnCi)
            {
                throw new InvalidOperationException($"CI=true and the browser is missing: {reason}");
            }

            SkipReason = reason;
            return;
        }

        _host = new SiteHost(_contentPath, _databasePath);
        _host.UseKestrel(0);
        _host.StartServer();
        await SeedResultsAsync(_host.Services, count: 120);
        BaseUrl = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs.Split(' '),
        });
    }

    /// <summary>
    /// Enough saved results for every part of the stats page (charts from 20, reliability from 100) and for the
    /// "compared with others" part of result pages (from 50), scored by the app's own scorer.
    /// </summary>
    private static async Task SeedResultsAsync(IServiceProvider services, int count)
    {
        var quiz = services.GetRequiredService<QuizCatalog>().Current.Quiz!;
        var random = new Random(20261127);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        for (var i = 0; i < count; i++)
        {
            // A person-level lean plus noise, so the answers hang together the way real ones do.
            var lean = random.Next(1, 8);
            var answers = quiz.Statements.Select(s => Math.Clamp((s.Reverse ? 8 - lean : lean) + random.Next(-1, 2), 1, 7)).ToArray();
            var score = Scorer.Score(quiz, answers);
            db.Results.Add(new SavedResult
            {
                Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(11))[..22],
                QuizVersion = quiz.Version,
                CreatedOn = new DateOnly(2026, 11, 1).AddDays(i % 20),
                Answers = JsonSerializer.Serialize(quiz.Statements.Select((s, j) => (s.Id, answers[j])).ToDictionary(a => a.Id, a => a.Item2)),
                AnxietyScore = (double)score.Anxiety,
                AvoidanceScore = (double)score.Avoidance,
                Pattern = score.Placement.Key,
                DeleteTokenHash = SHA256.HashData(RandomNumberGenerator.GetBytes(32)),
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>Skips the calling test, with the reason and the install command, when there is no browser here.</summary>
    public void RequireBrowser()
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }
    }

    public async Task<IBrowserContext> NewContextAsync(Viewport viewport, ColorScheme scheme = ColorScheme.Light, bool javaScript = true) =>
        await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
        });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        try
        {
            Directory.Delete(_contentPath, recursive: true);
            File.Delete(_databasePath);
        }
        catch (IOException)
        {
            // A temp file left behind is harmless.
        }
    }

    private sealed class SiteHost(string contentPath, string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Path", contentPath);
            builder.UseSetting("ConnectionStrings:Results", $"Data Source={databasePath}");
            // These tests are about what readers see, not about the rate limits (tested in AttachmentGuide.Tests).
            builder.UseSetting("RateLimits:QuizPostsPerMinute", "1000");
            builder.UseSetting("RateLimits:DeletePostsPerMinute", "1000");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        }
    }
}

public readonly record struct Viewport(string Name, int Width, int Height)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 800);
    public static readonly Viewport Mobile = new("mobile", 375, 812);
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
