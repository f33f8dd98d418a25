using System.Net;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Security;

public sealed class RateLimitTests
{
    private static readonly int?[] Answers = [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1];

    [Fact]
    public async Task Quiz_posts_over_the_limit_get_429_with_retry_after_and_a_friendly_page_while_reading_and_other_clients_go_on()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        site.Settings["RateLimits:QuizPostsPerMinute"] = "3";
        var client = ClientAt(site, "203.0.113.10");
        var form = await QuizForm.LoadAsync(client);

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add((await form.SubmitAsync(client, Answers)).StatusCode);
        }

        var refused = await form.SubmitAsync(client, Answers);

        Assert.All(allowed, s => Assert.Equal(HttpStatusCode.SeeOther, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        var dom = await Html.ReadAsync(refused);
        Assert.Equal("Please wait a moment", dom.QuerySelector("h1")!.TextContent);
        Assert.Contains("wait a minute", dom.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Reading is never limited, and another address has its own allowance.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quiz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/guide/attachment-patterns")).StatusCode);
        var other = ClientAt(site, "198.51.100.20");
        var otherForm = await QuizForm.LoadAsync(other);
        Assert.Equal(HttpStatusCode.SeeOther, (await otherForm.SubmitAsync(other, Answers)).StatusCode);
    }

    [Fact]
    public async Task Delete_posts_over_the_limit_get_429_and_nothing_is_deleted()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        site.Settings["RateLimits:DeletePostsPerMinute"] = "2";
        var client = ClientAt(site, "203.0.113.11");
        var form = await QuizForm.LoadAsync(client);
        var location = (await form.SubmitAsync(client, Answers, save: true)).Headers.Location!.OriginalString;
        await client.GetAsync(location);
        var antiforgery = (await Html.ReadAsync(await client.GetAsync("/quiz"))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var guesses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var guess = new FormUrlEncodedContent([new("token", new string((char)('A' + i), 43)), new("__RequestVerificationToken", antiforgery)]);
            guesses.Add((await client.PostAsync($"{location}/delete", guess)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.TooManyRequests], guesses);
        Assert.Single(await site.ReadResultsAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(location)).StatusCode);
    }

    [Fact]
    public void A_limit_below_one_stops_start_up_with_a_clear_message()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        site.Settings["RateLimits:QuizPostsPerMinute"] = "0";

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("QuizPostsPerMinute", error.ToString(), StringComparison.Ordinal);
    }

    private static HttpClient ClientAt(SiteFactory site, string address)
    {
        var client = site.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return client;
    }
}
