using System.Net;
using System.Text.Json;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Data;
using Microsoft.Extensions.Logging;

namespace AttachmentGuide.Tests.Reliability;

public sealed class FailureModeTests
{
    private static readonly int?[] Answers = [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Health_is_200_naming_both_checks_when_content_and_database_are_usable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var site = new SiteFactory(Repo.CopyContent(), database: database);

        var response = await site.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("content").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("failing").GetArrayLength());
    }

    [Fact]
    public async Task When_the_database_folder_disappears_the_taker_still_gets_their_result_with_a_plain_notice_logged_once_and_health_says_database()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ag-db-" + Guid.NewGuid().ToString("N"));
        using var site = new SiteFactory(Repo.CopyContent(), databasePath: Path.Combine(folder, "results.db"));
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        Assert.True(File.Exists(site.DatabasePath));

        // The disk under the site goes away while it runs (a volume unmounted, a folder cleaned up).
        Directory.Delete(folder, recursive: true);
        site.Logs.Clear();
        var response = await form.SubmitAsync(client, Answers, save: true);
        var errors = site.Logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/quiz/result\\?v=[0-9a-f]{8}&a=27261761261271&notice=not-saved$", location);
        var result = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var dom = await Html.ReadAsync(result);
        Assert.Equal(["1.6", "6.6"], dom.QuerySelectorAll(".score-value").Select(s => s.TextContent));
        Assert.Contains("We could not save your answers just now", dom.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        var error = Assert.Single(errors);
        Assert.Contains("Could not save a quiz result", error.Message, StringComparison.Ordinal);

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var body = await health.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["database"], json.RootElement.GetProperty("failing").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(folder, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Source", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unable to open", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task When_the_database_file_is_deleted_after_saves_have_been_made_the_next_save_says_not_saved_rather_than_vanishing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ag-db-" + Guid.NewGuid().ToString("N"));
        using var site = new SiteFactory(Repo.CopyContent(), databasePath: Path.Combine(folder, "results.db"));
        var client = site.CreateBrowserClient();
        var first = await (await QuizForm.LoadAsync(client)).SubmitAsync(client, Answers, save: true);
        Assert.StartsWith("/quiz/result/", first.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // The site's writer now holds the file open; a write through that handle would land in a deleted file and be lost.
        Directory.Delete(folder, recursive: true);
        site.Logs.Clear();
        var second = await (await QuizForm.LoadAsync(client)).SubmitAsync(client, Answers, save: true);

        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.EndsWith("&notice=not-saved", second.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(site.Logs.Entries, e => e.Level >= LogLevel.Error && e.Message.Contains("Could not save a quiz result", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_postgres_database_goes_away_the_taker_still_gets_their_result_and_health_says_database()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        using var site = new SiteFactory(Repo.CopyContent(), database: database);
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);

        await database.DropAsync();
        site.Logs.Clear();
        var response = await form.SubmitAsync(client, Answers, save: true);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Matches("^/quiz/result\\?v=[0-9a-f]{8}&a=27261761261271&notice=not-saved$", response.Headers.Location!.OriginalString);
        var error = Assert.Single(site.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Contains("Could not save a quiz result", error.Message, StringComparison.Ordinal);
        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var body = await health.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["database"], json.RootElement.GetProperty("failing").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("Host=", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_503_naming_content_when_the_content_folder_disappears_without_revealing_its_path()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        Directory.Delete(site.ContentPath, recursive: true);

        await Eventually.StatusAsync(client, "/health", HttpStatusCode.ServiceUnavailable);
        var body = await (await client.GetAsync("/health")).Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["content"], json.RootElement.GetProperty("failing").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain(site.ContentPath, body, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_edits_to_a_chapter_and_the_quiz_while_running_never_give_a_site_wide_500()
    {
        using var site = new SiteFactory(Repo.CopyContent(), environment: "Production");
        var client = site.CreateBrowserClient();
        var home = Html.Parse(await client.GetStringAsync("/"));
        var chapters = home.QuerySelectorAll("ol.chapter-list a").Select(a => a.GetAttribute("href")!).ToList();
        var version = (await QuizForm.LoadAsync(client)).Hidden.Single(h => h.Name == "version").Value;
        var unsaved = $"/quiz/result?v={version}&a=27261761261271";

        // Break the chapter the quiz results quote, and the quiz file itself, as a hasty editor might.
        site.WriteContent("guide/02-attachment-patterns.md", "---\ntitle: [unclosed\norder: two\n---\n\n## Avoidant {#avoidant}\n");
        site.WriteContent("quiz/attachment.yml", "title: [unclosed\nstatements: 7\n");
        await Eventually.StatusAsync(client, "/guide/attachment-patterns", HttpStatusCode.NotFound);

        foreach (var url in chapters.Where(c => c != "/guide/attachment-patterns").Concat(["/", "/quiz", unsaved, "/health"]))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        }

        // The last good quiz still takes answers.
        var form = await QuizForm.LoadAsync(client);
        Assert.Equal(version, form.Hidden.Single(h => h.Name == "version").Value);
        var submitted = await form.SubmitAsync(client, Answers, save: true);
        Assert.Equal(HttpStatusCode.SeeOther, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(submitted.Headers.Location!.OriginalString)).StatusCode);

        var logged = site.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Message).ToList();
        Assert.Contains(logged, m => m.Contains("guide/02-attachment-patterns.md:", StringComparison.Ordinal));
        Assert.Contains(logged, m => m.Contains("quiz/attachment.yml:", StringComparison.Ordinal));
    }
}
