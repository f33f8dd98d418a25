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
}
