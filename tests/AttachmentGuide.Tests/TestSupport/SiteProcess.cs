using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace AttachmentGuide.Tests.TestSupport;

/// <summary>
/// The site's own build output run as a real child process on Kestrel, as in production: a free port, a content
/// folder and a SQLite file of the test's choosing. `dotnet test` builds the web project first (it is referenced),
/// in the same configuration as the tests, so its output is always there.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process _process;

    private SiteProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static string AppPath
    {
        get
        {
            var configuration = typeof(SiteProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            return Path.Combine(Repo.Root, "src", "AttachmentGuide.Web", "bin", configuration, "net10.0", "AttachmentGuide.Web.dll");
        }
    }

    public static async Task<SiteProcess> StartAsync(string contentPath, string databasePath)
    {
        Assert.True(File.Exists(AppPath), $"Build the solution first: {AppPath} is missing.");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(AppPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AppPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__Path"] = contentPath;
        start.Environment["ConnectionStrings__Results"] = $"Data Source={databasePath}";
        start.Environment["RateLimits__QuizPostsPerMinute"] = "1000000";
        var process = Process.Start(start)!;
        // Drain the pipes so the child never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var site = new SiteProcess(process, address);
        using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(process.HasExited, "The site exited during start-up.");
            try
            {
                if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return site;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or the first request is still warming up on a busy machine.
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "The site did not become healthy.");
            await Task.Delay(100);
        }
    }

    /// <summary>A browser-like client: its own cookies, redirects shown rather than followed.</summary>
    public HttpClient CreateBrowserClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromSeconds(20),
        };

    /// <summary>SIGKILL: no shutdown, no flush, as a power cut or an OOM kill would do.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
