using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Search;

public sealed class SearchFreshnessTests : IDisposable
{
    private const string Draft = "---\ntitle: Draft chapter\ndescription: D\norder: 20\nupdated: 2026-11-27\ndraft: true\n---\n\n## Hidden {#hidden}\n\nThe quokkaword lives here.\n";

    private readonly SiteFactory _site = new(Repo.CopyContent());

    public void Dispose() => _site.Dispose();

    private static bool HasHits(string body) => body.Contains("search-results", StringComparison.Ordinal);

    [Fact]
    public async Task Drafts_and_scheduled_chapters_are_not_searchable()
    {
        _site.WriteContent("guide/20-draft.md", Draft);
        _site.WriteContent("guide/21-later.md", Draft.Replace("draft: true", "publish: 2999-01-01", StringComparison.Ordinal).Replace("order: 20", "order: 21", StringComparison.Ordinal));
        var client = _site.CreateClient();

        // The draft is served in Development, so the guide has seen it, yet search still leaves it out.
        await Eventually.PageAsync(client, "/guide/draft", body => body.Contains("quokkaword", StringComparison.Ordinal));
        var page = await client.GetStringAsync("/search?q=quokkaword");

        Assert.False(HasHits(page));
        Assert.Contains("No sections mention", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_follows_content_edits_without_a_restart()
    {
        var client = _site.CreateClient();
        Assert.False(HasHits(await client.GetStringAsync("/search?q=quokkaword")));

        _site.WriteContent("guide/20-draft.md", Draft.Replace("draft: true\n", "", StringComparison.Ordinal));
        var found = await Eventually.PageAsync(client, "/search?q=quokkaword", HasHits);
        Assert.Contains("/guide/draft#hidden", found, StringComparison.Ordinal);

        _site.DeleteContent("guide/20-draft.md");
        await Eventually.PageAsync(client, "/search?q=quokkaword", body => !HasHits(body));
    }
}
