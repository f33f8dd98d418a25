using System.Net;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Data;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Tests.Quiz;

public sealed class QuizFlowTests(SharedSite site) : IClassFixture<SharedSite>
{
    // The shipped quiz has 14 statements; these answers are clearly avoidant (low anxiety, high avoidance).
    private static readonly int?[] AvoidantAnswers = [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1];

    [Fact]
    public async Task The_quiz_page_works_as_a_plain_form_with_every_statement_labelled()
    {
        var dom = await Html.ReadAsync(await site.CreateClient().GetAsync("/quiz"));

        var form = dom.QuerySelector("form.quiz-form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        var fieldsets = form.QuerySelectorAll("fieldset.statement");
        Assert.Equal(14, fieldsets.Length);
        foreach (var fieldset in fieldsets)
        {
            Assert.NotEmpty(fieldset.QuerySelector("legend")!.TextContent.Trim());
            var radios = fieldset.QuerySelectorAll("input[type=radio]");
            Assert.Equal(7, radios.Length);
            Assert.All(radios, r => Assert.NotNull(dom.QuerySelector($"label[for='{r.Id}']")));
            Assert.DoesNotContain(radios, r => r.HasAttribute("checked"));
        }

        var save = form.QuerySelector("input[type=checkbox][name=save]")!;
        Assert.False(save.HasAttribute("checked"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Empty(dom.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task Missing_one_answer_shows_the_form_again_with_400_naming_it_keeping_the_rest_and_storing_nothing()
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var answers = (int?[])AvoidantAnswers.Clone();
        answers[3] = null;
        var before = (await site.ReadResultsAsync()).Count;

        var response = await form.SubmitAsync(client, answers, save: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var dom = await Html.ReadAsync(response);
        var summary = dom.QuerySelector(".error-summary")!;
        var link = Assert.Single(summary.QuerySelectorAll("a"));
        Assert.Contains("Statement 4", link.TextContent, StringComparison.Ordinal);
        Assert.Contains("sort out a hard problem", link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dom.QuerySelector(link.GetAttribute("href")!));
        for (var i = 0; i < answers.Length; i++)
        {
            var checkedValue = dom.QuerySelector($"input[name='{form.StatementFields[i]}'][checked]")?.GetAttribute("value");
            Assert.Equal(answers[i]?.ToString(System.Globalization.CultureInfo.InvariantCulture), checkedValue);
        }

        Assert.True(dom.QuerySelector("input[name=save]")!.HasAttribute("checked"));
        Assert.Equal(before, (await site.ReadResultsAsync()).Count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("8")]
    [InlineData("-1")]
    [InlineData("3.5")]
    [InlineData("1e9")]
    [InlineData("four")]
    [InlineData(" 4")]
    public async Task An_out_of_range_or_non_numeric_answer_is_refused_with_400_and_nothing_stored(string value)
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var fields = form.Fields(AvoidantAnswers, save: true);
        var index = fields.FindIndex(f => f.Key == form.StatementFields[0]);
        fields[index] = new(form.StatementFields[0], value);
        var before = (await site.ReadResultsAsync()).Count;

        var response = await form.PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("one of the seven choices", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await site.ReadResultsAsync()).Count);
    }

    [Fact]
    public async Task An_unknown_field_or_a_duplicated_answer_is_refused_with_400_and_nothing_stored()
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var before = (await site.ReadResultsAsync()).Count;

        var unknown = form.Fields(AvoidantAnswers, save: true);
        unknown.Add(new("q-not-a-statement", "4"));
        var unknownResponse = await form.PostAsync(client, unknown);

        var duplicated = form.Fields(AvoidantAnswers, save: true);
        duplicated.Add(new(form.StatementFields[2], "5"));
        var duplicatedResponse = await form.PostAsync(client, duplicated);

        Assert.Equal(HttpStatusCode.BadRequest, unknownResponse.StatusCode);
        Assert.Contains("fields we did not expect", await unknownResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, duplicatedResponse.StatusCode);
        Assert.Contains("more than one answer", await duplicatedResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await site.ReadResultsAsync()).Count);
    }

    [Fact]
    public async Task A_form_from_an_earlier_quiz_version_gets_the_quiz_was_updated_message()
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var fields = form.Fields(AvoidantAnswers, save: true);
        var index = fields.FindIndex(f => f.Key == "version");
        fields[index] = new("version", "0badc0de");
        var before = (await site.ReadResultsAsync()).Count;

        var response = await form.PostAsync(client, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The quiz was updated while you were answering", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await site.ReadResultsAsync()).Count);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var before = (await site.ReadResultsAsync()).Count;

        var response = await form.PostAsync(client, form.Fields(AvoidantAnswers, save: true).Where(f => f.Key != "__RequestVerificationToken"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, (await site.ReadResultsAsync()).Count);
    }

    [Fact]
    public async Task Without_saving_the_result_lives_in_the_url_and_nothing_is_stored()
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var before = (await site.ReadResultsAsync()).Count;

        var response = await form.SubmitAsync(client, AvoidantAnswers);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/quiz/result\\?v=[0-9a-f]{8}&a=27261761261271$", location);
        Assert.Equal(before, (await site.ReadResultsAsync()).Count);

        // The link works on its own, in a fresh client with no cookies, as a bookmark would.
        var result = await site.CreateClient().GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var dom = await Html.ReadAsync(result);
        var scores = dom.QuerySelectorAll(".score-value").Select(s => s.TextContent).ToList();
        Assert.Equal(["1.6", "6.6"], scores); // anxiety, avoidance: shown first, before any label
        Assert.Contains("most consistent with the Avoidant pattern", dom.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dom.QuerySelector(".guide-excerpt h2#avoidant"));
        Assert.NotNull(dom.QuerySelector(".guide-excerpt a[href='/guide/attachment-patterns#avoidant']"));
        var svg = dom.QuerySelector("figure.plot svg[role=img]")!;
        Assert.NotEmpty(svg.QuerySelector("title")!.TextContent);
        Assert.Contains("avoidance 6.6, anxiety 1.6", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, svg.QuerySelectorAll("text.plot-quadrant").Length);
        Assert.Equal(2, svg.QuerySelectorAll("rect.plot-band").Length);
        Assert.NotNull(dom.QuerySelector("a[href='/quiz']"));
        Assert.Equal(0, dom.QuerySelectorAll("a[href*='delete']").Length);
    }

    [Fact]
    public async Task Answers_near_the_cut_are_shown_as_between_two_patterns()
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        // Anxiety 1.6 (clear), avoidance 4.1 (within 0.75 of the cut): between avoidant and secure.
        var response = await form.SubmitAsync(client, [2, 4, 2, 5, 1, 4, 6, 4, 2, 4, 1, 4, 7, 4]);

        var dom = await Html.ReadAsync(await site.CreateClient().GetAsync(response.Headers.Location!.OriginalString));

        Assert.Contains("lie between the Avoidant and Secure patterns", dom.QuerySelector(".verdict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, dom.QuerySelectorAll(".guide-excerpt").Length);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Saving_writes_exactly_one_anonymous_row_and_shows_the_delete_link_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var site = new SiteFactory(Repo.CopyContent(), database: database);
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var before = await site.ReadResultsAsync();

        var response = await form.SubmitAsync(client, AvoidantAnswers, save: true);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/quiz/result/[A-Za-z0-9_-]{22}$", location);
        var rows = await site.ReadResultsAsync();
        var row = Assert.Single(rows, r => before.All(b => b.Id != r.Id));
        Assert.Equal(location["/quiz/result/".Length..], row.Id);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), row.CreatedOn);
        Assert.Equal("avoidant", row.Pattern);
        Assert.Equal(11.0 / 7, row.AnxietyScore, 6);
        Assert.Equal(46.0 / 7, row.AvoidanceScore, 6);
        Assert.Contains("\"room-to-breathe\":7", row.Answers, StringComparison.Ordinal);
        Assert.Equal(32, row.DeleteTokenHash.Length);

        var first = await Html.ReadAsync(await client.GetAsync(location));
        var deleteLink = first.QuerySelector(".private-link a")!.GetAttribute("href")!;
        Assert.StartsWith($"{location}/delete?token=", deleteLink, StringComparison.Ordinal);
        Assert.DoesNotContain(deleteLink.Split("token=")[1], row.Answers + row.Id, StringComparison.Ordinal);
        Assert.Equal(["1.6", "6.6"], first.QuerySelectorAll(".score-value").Select(s => s.TextContent));

        var second = await Html.ReadAsync(await client.GetAsync(location));
        Assert.Null(second.QuerySelector(".private-link"));
        Assert.Equal(["1.6", "6.6"], second.QuerySelectorAll(".score-value").Select(s => s.TextContent));
    }

    [Fact]
    public async Task The_share_and_delete_links_use_the_sites_own_address_not_the_requests_host_header()
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var location = (await form.SubmitAsync(client, AvoidantAnswers, save: true)).Headers.Location!.OriginalString;

        using var request = new HttpRequestMessage(HttpMethod.Get, location);
        request.Headers.Host = "evil.example";
        var page = await Html.ReadAsync(await client.SendAsync(request));

        Assert.Contains("http://localhost:5080/quiz/result/", page.QuerySelector(".share-url")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost:5080/quiz/result/", page.QuerySelector(".private-link a")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_results_table_holds_only_the_anonymous_columns(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var site = new SiteFactory(Repo.CopyContent(), database: database);
        await site.CreateClient().GetAsync("/"); // start the app so migrations have run

        Assert.Equal(["Answers", "AnxietyScore", "AvoidanceScore", "CreatedOn", "DeleteTokenHash", "Id", "Pattern", "QuizVersion"], await database.ColumnsAsync("Results"));
        if (provider == DatabaseProvider.Sqlite)
        {
            using var connection = new SqliteConnection($"Data Source={site.DatabasePath}");
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Deleting_with_the_private_link_removes_the_row_and_a_wrong_token_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var site = new SiteFactory(Repo.CopyContent(), database: database);
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var location = (await form.SubmitAsync(client, AvoidantAnswers, save: true)).Headers.Location!.OriginalString;
        var id = location["/quiz/result/".Length..];
        var deleteLink = (await Html.ReadAsync(await client.GetAsync(location))).QuerySelector(".private-link a")!.GetAttribute("href")!;

        // A wrong token: refused, row kept.
        var confirm = await Html.ReadAsync(await client.GetAsync(deleteLink));
        var antiforgery = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var wrong = await client.PostAsync($"{location}/delete", new FormUrlEncodedContent(
            [new("token", new string('A', 43)), new("__RequestVerificationToken", antiforgery)]));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Contains("nothing was deleted", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var missing = await client.PostAsync($"{location}/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", antiforgery)]));
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Contains(await site.ReadResultsAsync(), r => r.Id == id);

        // The real token, posted from the confirmation form.
        var token = confirm.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var deleted = await client.PostAsync($"{location}/delete", new FormUrlEncodedContent(
            [new("token", token), new("__RequestVerificationToken", antiforgery)]));
        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Equal("/quiz/deleted", deleted.Headers.Location!.OriginalString);
        Assert.DoesNotContain(await site.ReadResultsAsync(), r => r.Id == id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quiz/deleted")).StatusCode);
    }

    [Theory]
    [InlineData("/quiz/result?v=00000000&a=27261761261271")]
    [InlineData("/quiz/result?a=27261761261271")]
    [InlineData("/quiz/result")]
    public async Task A_result_link_for_an_unknown_version_is_a_400_with_a_plain_message(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("earlier version of the quiz", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2726176126127")]
    [InlineData("272617612612711")]
    [InlineData("27261761261278")]
    [InlineData("2726176126127x")]
    [InlineData("")]
    public async Task A_tampered_answers_value_is_a_400_never_an_error(string answers)
    {
        var client = site.CreateBrowserClient();
        var version = (await QuizForm.LoadAsync(client)).Hidden.Single(h => h.Name == "version").Value;

        var response = await client.GetAsync($"/quiz/result?v={version}&a={Uri.EscapeDataString(answers)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("complete set of answers", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/quiz/result/AAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/quiz/result/short")]
    [InlineData("/quiz/result/..%2F..%2Fetc")]
    [InlineData("/quiz/result/AAAAAAAAAAAAAAAAAAAAAA/delete?token=x")]
    public async Task An_unknown_or_malformed_result_id_is_a_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(url)).StatusCode);
}
