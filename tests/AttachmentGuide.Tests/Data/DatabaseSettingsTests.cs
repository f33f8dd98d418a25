using System.Net;
using System.Text.Json;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Data;
using Microsoft.Extensions.Logging;

namespace AttachmentGuide.Tests.Data;

public sealed class DatabaseSettingsTests
{
    private static readonly int?[] Answers = [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1];

    [Theory]
    [InlineData("MySql", "Database:Provider must be Sqlite (the default) or Postgres.")]
    [InlineData("1", "Database:Provider must be Sqlite (the default) or Postgres.")]
    [InlineData("Postgres", "Database:Provider is Postgres but ConnectionStrings:Results is not set.")]
    public void A_bad_database_setting_stops_start_up_with_a_clear_message(string provider, string message)
    {
        using var site = new SiteFactory(Repo.CopyContent());
        site.Settings["Database:Provider"] = provider;
        if (provider == "Postgres")
        {
            site.Settings["ConnectionStrings:Results"] = "";
        }

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres", DatabaseProvider.Postgres)]
    [InlineData(" Sqlite ", DatabaseProvider.Sqlite)]
    [InlineData("SQLITE", DatabaseProvider.Sqlite)]
    public void Provider_names_are_read_without_regard_to_case(string value, DatabaseProvider expected)
    {
        Assert.True(DatabaseOptions.TryParse(value, out var provider));
        Assert.Equal(expected, provider);
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
}
