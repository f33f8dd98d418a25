using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using AttachmentGuide.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Tests.Reliability;

/// <summary>The real server in a child process, killed mid-write and started again on the same database file.</summary>
public sealed class CrashSafetyTests
{
    private const int Writers = 4;
    private const int AcknowledgedBeforeKill = 60;

    [Fact]
    public async Task After_a_sigkill_mid_stream_the_database_is_intact_and_every_acknowledged_save_is_readable()
    {
        var content = Repo.CopyContent();
        var database = Path.Combine(Path.GetTempPath(), $"ag-crash-{Guid.NewGuid():N}.db");
        var acknowledged = new ConcurrentBag<string>();

        using (var site = await SiteProcess.StartAsync(content, database))
        {
            using var enough = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                using var client = site.CreateBrowserClient();
                var form = await QuizForm.LoadAsync(client);
                for (var n = 0; ; n++)
                {
                    try
                    {
                        using var response = await form.SubmitAsync(client, QuizForm.All(((w + n) % 7) + 1, form.StatementFields.Count), save: true);
                        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
                        acknowledged.Add(response.Headers.Location!.OriginalString);
                        if (acknowledged.Count >= AcknowledgedBeforeKill)
                        {
                            await enough.CancelAsync();
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or SocketException)
                    {
                        return; // the server is gone
                    }
                }
            })).ToList();

            await Task.Delay(Timeout.Infinite, enough.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            site.Kill(); // while the writers are still posting
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill);
        using (var restarted = await SiteProcess.StartAsync(content, database))
        {
            using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string?)await command.ExecuteScalarAsync());
            command.CommandText = "SELECT COUNT(*) FROM Results";
            Assert.True((long)(await command.ExecuteScalarAsync())! >= acknowledged.Count);

            using var reader = restarted.CreateBrowserClient();
            foreach (var location in acknowledged)
            {
                Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(location)).StatusCode);
            }

            // Two limits only a real server applies: the body size and a NUL in the path.
            var form = await QuizForm.LoadAsync(reader);
            var big = form.Fields(QuizForm.All(4, form.StatementFields.Count));
            big.AddRange(Enumerable.Range(0, 20).Select(i => new KeyValuePair<string, string>($"pad{i}", new string('x', 1000))));
            var tooBig = await form.PostAsync(reader, big); // 20 KB in few, short fields: only the body limit trips
            Assert.True(tooBig.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"{tooBig.StatusCode}");
            var page = await Html.ReadAsync(tooBig);
            Assert.Null(page.QuerySelector("form.quiz-form")); // refused before the quiz page read it
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("main h1")?.TextContent));
            Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/guide/attachment-patterns%00.md")).StatusCode);
        }

        Directory.Delete(content, recursive: true);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(database + suffix);
        }
    }
}
