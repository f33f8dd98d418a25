using System.Net;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Guide;

public sealed class BrokenContentTests
{
    [Fact]
    public async Task A_chapter_with_broken_front_matter_is_left_out_and_every_other_page_still_serves()
    {
        var content = Repo.CopyContent();
        File.WriteAllText(Path.Combine(content, "guide", "09-broken.md"), "---\ntitle: [unclosed\norder: nine\n---\n\nText.\n");
        using var site = new SiteFactory(content);
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/guide/broken")).StatusCode);
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var dom = await Html.ReadAsync(home);
        Assert.Equal(8, dom.QuerySelectorAll("ol.chapter-list li").Length);
        foreach (var link in dom.QuerySelectorAll("ol.chapter-list a"))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.GetAttribute("href"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quiz")).StatusCode);
    }

    [Fact]
    public async Task Drafts_and_future_chapters_are_previewed_in_development_with_a_banner()
    {
        var content = Repo.CopyContent();
        File.WriteAllText(Path.Combine(content, "guide", "20-a-draft.md"), "---\ntitle: Draft chapter\ndescription: D\norder: 20\nupdated: 2026-01-01\ndraft: true\n---\n\n## Draft {#draft}\n");
        File.WriteAllText(Path.Combine(content, "guide", "21-later.md"), "---\ntitle: Later chapter\ndescription: D\norder: 21\nupdated: 2026-01-01\npublish: 2999-01-01\n---\n\n## Later {#later}\n");
        using var site = new SiteFactory(content);
        var client = site.CreateClient();

        var draft = await Html.ReadAsync(await client.GetAsync("/guide/a-draft"));
        Assert.NotNull(draft.QuerySelector(".draft-banner"));
        Assert.NotNull((await Html.ReadAsync(await client.GetAsync("/guide/later"))).QuerySelector(".draft-banner"));
        var home = await client.GetStringAsync("/");
        Assert.DoesNotContain("Draft chapter", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Later chapter", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_and_future_chapters_are_404_in_production()
    {
        var content = Repo.CopyContent();
        File.WriteAllText(Path.Combine(content, "guide", "20-a-draft.md"), "---\ntitle: Draft chapter\ndescription: D\norder: 20\nupdated: 2026-01-01\ndraft: true\n---\n\nText.\n");
        File.WriteAllText(Path.Combine(content, "guide", "21-later.md"), "---\ntitle: Later chapter\ndescription: D\norder: 21\nupdated: 2026-01-01\npublish: 2999-01-01\n---\n\nText.\n");
        using var site = new SiteFactory(content, environment: "Production");
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/guide/a-draft")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/guide/later")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/guide/attachment-patterns")).StatusCode);
    }

    [Fact]
    public void A_missing_content_folder_stops_start_up_with_a_clear_message()
    {
        using var site = new SiteFactory(Path.Combine(Path.GetTempPath(), "ag-does-not-exist-" + Guid.NewGuid().ToString("N")));

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Content:Path", error.ToString(), StringComparison.Ordinal);
    }
}
