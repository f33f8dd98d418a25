using System.Net;
using AttachmentGuide.Tests.TestSupport;
using Microsoft.Extensions.Logging;

namespace AttachmentGuide.Tests.Privacy;

public sealed class LogPrivacyTests
{
    private const string ClientAddress = "203.0.113.199";

    [Fact]
    public async Task A_full_quiz_run_logs_no_answers_result_ids_tokens_or_client_addresses_at_information_or_above()
    {
        // Production: the logging configuration that ships.
        using var site = new SiteFactory(Repo.CopyContent(), environment: "Production");
        var client = site.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, ClientAddress);
        int?[] answers = [3, 6, 2, 5, 1, 7, 6, 2, 3, 5, 1, 2, 6, 4];

        var form = await QuizForm.LoadAsync(client);
        var unsaved = (await form.SubmitAsync(client, answers)).Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(unsaved)).StatusCode);
        var saved = (await form.SubmitAsync(client, answers, save: true)).Headers.Location!.OriginalString;
        var first = await Html.ReadAsync(await client.GetAsync(saved));
        var deleteLink = first.QuerySelector(".private-link a")!.GetAttribute("href")!;
        var confirm = await Html.ReadAsync(await client.GetAsync(deleteLink));
        var token = confirm.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var antiforgery = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var wrong = await client.PostAsync($"{saved}/delete", new FormUrlEncodedContent([new("token", new string('B', 43)), new("__RequestVerificationToken", antiforgery)]));
        var deleted = await client.PostAsync($"{saved}/delete", new FormUrlEncodedContent([new("token", token), new("__RequestVerificationToken", antiforgery)]));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);

        var id = saved["/quiz/result/".Length..];
        var encoded = unsaved.Split("a=")[1];
        var secrets = new Dictionary<string, string>
        {
            ["answers"] = encoded,
            ["result id"] = id,
            ["delete token"] = token,
            ["antiforgery token"] = antiforgery,
            ["client address"] = ClientAddress,
        };
        var logged = site.Logs.Entries.Where(e => e.Level >= LogLevel.Information).ToList();
        Assert.NotEmpty(site.Logs.Entries); // the capture works: start-up logs at least
        foreach (var entry in logged)
        {
            foreach (var (what, secret) in secrets)
            {
                Assert.False(entry.Message.Contains(secret, StringComparison.Ordinal), $"{what} in a {entry.Level} log from {entry.Category}");
            }
        }
    }
}
