using System.Net;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace AttachmentGuide.Tests.Reliability;

/// <summary>Two app instances on one PostgreSQL database, as behind a load balancer without sticky sessions.</summary>
public sealed class TwoNodeTests
{
    private static readonly Uri SiteAddress = new("http://localhost");
    private static readonly int?[] AvoidantAnswers = [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1];

    [Fact]
    public async Task A_form_served_by_node_A_saves_on_node_B_and_each_node_reads_and_deletes_what_the_other_wrote()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        using var nodeA = new SiteFactory(Repo.CopyContent(), environment: "Production", database: database);
        using var nodeB = new SiteFactory(Repo.CopyContent(), environment: "Production", database: database);
        // One browser: its cookies (antiforgery, TempData) go to whichever node the balancer picks.
        var cookies = new CookieContainer();
        using var viaA = nodeA.CreateDefaultClient(SiteAddress, new CookieContainerHandler(cookies));

        var form = await QuizForm.LoadAsync(viaA);
        using var viaB = nodeB.CreateDefaultClient(SiteAddress, new CookieContainerHandler(cookies));
        var saved = await form.SubmitAsync(viaB, AvoidantAnswers, save: true);

        // B accepted A's antiforgery token, and A opens B's TempData cookie: the private delete link shows on A.
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var location = saved.Headers.Location!.OriginalString;
        Assert.Matches("^/quiz/result/[A-Za-z0-9_-]{22}$", location);
        var first = await Html.ReadAsync(await viaA.GetAsync(location));
        Assert.Equal(["1.6", "6.6"], first.QuerySelectorAll(".score-value").Select(s => s.TextContent));
        var deleteLink = first.QuerySelector(".private-link a")!.GetAttribute("href")!;

        var confirm = await Html.ReadAsync(await viaA.GetAsync(deleteLink));
        var token = confirm.QuerySelector("input[name=token]")!.GetAttribute("value")!;
        var antiforgery = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var deleted = await viaB.PostAsync($"{location}/delete", new FormUrlEncodedContent([new("token", token), new("__RequestVerificationToken", antiforgery)]));

        Assert.Equal(HttpStatusCode.SeeOther, deleted.StatusCode);
        Assert.Equal("/quiz/deleted", deleted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await viaA.GetAsync(location)).StatusCode);
        Assert.Equal(0, await database.CountAsync("Results"));
        // Exactly one key, in the database: node B used the key node A made instead of making its own.
        Assert.Equal(1, await database.CountAsync("DataProtectionKeys"));
    }
}
