using System.Diagnostics;
using System.Net;

namespace AttachmentGuide.Tests.TestSupport;

/// <summary>Polls a page until a change shows. The watcher reports within milliseconds; the generous deadline only keeps a loaded CI machine from flaking.</summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static async Task<string> PageAsync(HttpClient client, string url, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK && done(body))
            {
                return body;
            }

            Assert.True(clock.Elapsed < Deadline, $"{url} did not show the change");
            await Task.Delay(50);
        }
    }

    public static async Task StatusAsync(HttpClient client, string url, HttpStatusCode status)
    {
        var clock = Stopwatch.StartNew();
        while ((await client.GetAsync(url)).StatusCode != status)
        {
            Assert.True(clock.Elapsed < Deadline, $"{url} did not become {status}");
            await Task.Delay(50);
        }
    }
}
