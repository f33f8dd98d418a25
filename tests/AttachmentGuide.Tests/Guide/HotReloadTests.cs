using System.Net;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Guide;

public sealed class HotReloadTests
{
    private const string Chapter = "guide/30-hot.md";

    private static string ChapterText(string title, string body) =>
        $"---\ntitle: {title}\ndescription: A chapter written by a test.\norder: 30\nupdated: 2026-11-27\n---\n\n## Section {{#section}}\n\n{body}\n";

    [Fact]
    public async Task Adding_editing_renaming_and_deleting_a_chapter_shows_without_a_restart()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/guide/hot")).StatusCode);

        site.WriteContent(Chapter, ChapterText("Hot off the press", "First version."));
        var added = await Eventually.PageAsync(client, "/guide/hot", body => body.Contains("First version.", StringComparison.Ordinal));
        Assert.Contains("Hot off the press", added, StringComparison.Ordinal);
        Assert.Contains("/guide/hot", await client.GetStringAsync("/"), StringComparison.Ordinal);

        site.WriteContent(Chapter, ChapterText("Hot off the press", "Second version."));
        await Eventually.PageAsync(client, "/guide/hot", body => body.Contains("Second version.", StringComparison.Ordinal));

        File.Move(Path.Combine(site.ContentPath, Chapter), Path.Combine(site.ContentPath, "guide/30-renamed.md"));
        await Eventually.PageAsync(client, "/guide/renamed", body => body.Contains("Second version.", StringComparison.Ordinal));
        await Eventually.StatusAsync(client, "/guide/hot", HttpStatusCode.NotFound);

        site.DeleteContent("guide/30-renamed.md");
        await Eventually.StatusAsync(client, "/guide/renamed", HttpStatusCode.NotFound);
        Assert.DoesNotContain("/guide/renamed", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_file_wanting_a_chapter_address_already_taken_is_left_out_and_logged_with_its_file()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var client = site.CreateClient();
        site.WriteContent(Chapter, ChapterText("Hot off the press", "The first file."));
        await Eventually.PageAsync(client, "/guide/hot", body => body.Contains("The first file.", StringComparison.Ordinal));

        // A later file (by name) whose name makes the same address.
        site.WriteContent("guide/31-hot.md", ChapterText("Also hot", "The second file."));
        await Eventually.PageAsync(client, "/", _ => site.Logs.Entries.Any(e => e.Message.Contains("guide/31-hot.md:1:", StringComparison.Ordinal)));

        var page = await client.GetStringAsync("/guide/hot");
        Assert.Contains("The first file.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("The second file.", page, StringComparison.Ordinal);
        var home = await client.GetStringAsync("/");
        Assert.DoesNotContain("Also hot", home, StringComparison.Ordinal);
        Assert.Contains(site.Logs.Entries, e => e.Message.Contains(
            "guide/31-hot.md:1: error: the address /guide/hot is already used by guide/30-hot.md; this file is left out", StringComparison.Ordinal));
    }
}
