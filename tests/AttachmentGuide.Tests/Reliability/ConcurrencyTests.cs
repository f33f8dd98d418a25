using System.Collections.Concurrent;
using System.Net;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Data;

namespace AttachmentGuide.Tests.Reliability;

public sealed class ConcurrencyTests
{
    private const int Submissions = 500;
    private const int Clients = 5;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Five_hundred_saved_submissions_in_parallel_make_exactly_500_readable_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var site = new SiteFactory(Repo.CopyContent(), database: database);

        var sessions = new List<(HttpClient Client, QuizForm Form)>();
        for (var i = 0; i < Clients; i++)
        {
            var client = site.CreateBrowserClient();
            sessions.Add((client, await QuizForm.LoadAsync(client)));
        }

        var locations = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Submissions), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, ct) =>
        {
            var (client, form) = sessions[n % Clients];
            var answers = QuizForm.All((n % 7) + 1, form.StatementFields.Count);
            using var response = await form.SubmitAsync(client, answers, save: true);
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
            locations.Add(response.Headers.Location!.OriginalString);
        });

        var rows = await site.ReadResultsAsync();
        Assert.Equal(Submissions, rows.Count);
        Assert.Equal(Submissions, await database.CountAsync("Results"));
        Assert.Equal(Submissions, rows.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Submissions, locations.Distinct(StringComparer.Ordinal).Count());
        Assert.All(locations, l => Assert.Matches("^/quiz/result/[A-Za-z0-9_-]{22}$", l));
        Assert.Equal(rows.Select(r => "/quiz/result/" + r.Id).Order(StringComparer.Ordinal), locations.Order(StringComparer.Ordinal));

        var reader = site.CreateClient();
        await Parallel.ForEachAsync(locations, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (location, ct) =>
        {
            using var response = await reader.GetAsync(location, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        });
    }
}
