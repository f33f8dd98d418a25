using System.Net;
using System.Net.Http.Headers;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Guide;

public sealed class PageCachingTests
{
    [Fact]
    public async Task A_cached_chapter_shows_an_edit_on_the_next_request_after_the_file_changes()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var client = site.CreateClient();
        await client.GetAsync("/guide/fear-of-vulnerability");
        var cached = await client.GetAsync("/guide/fear-of-vulnerability");
        Assert.True(cached.Headers.Age.HasValue, "the second request should be answered from the output cache");

        var path = Path.Combine(site.ContentPath, "guide", "03-fear-of-vulnerability.md");
        await File.AppendAllTextAsync(path, "\nA line an editor just added.\n");

        await Eventually.PageAsync(client, "/guide/fear-of-vulnerability", body => body.Contains("A line an editor just added.", StringComparison.Ordinal));
        await Eventually.PageAsync(client, "/", body => body.Contains("fear-of-vulnerability", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_with_a_form_token_or_a_takers_result_are_never_served_from_the_cache()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var client = site.CreateClient();
        var version = (await QuizForm.LoadAsync(client)).Hidden.Single(h => h.Name == "version").Value;

        foreach (var url in new[] { "/quiz", $"/quiz/result?v={version}&a=27261761261271" })
        {
            await client.GetAsync(url);
            var again = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.False(again.Headers.Age.HasValue, $"{url} was served from the cache");
        }

        var first = QuizForm.From(await Html.ReadAsync(await site.CreateClient().GetAsync("/quiz")));
        var second = QuizForm.From(await Html.ReadAsync(await site.CreateClient().GetAsync("/quiz")));
        Assert.NotEqual(first.Hidden.Single(h => h.Name == "__RequestVerificationToken").Value, second.Hidden.Single(h => h.Name == "__RequestVerificationToken").Value);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_for_browsers_that_accept_it(string encoding)
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var client = site.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        foreach (var url in new[] { "/", "/guide/attachment-patterns", "/quiz" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        }
    }

    [Fact]
    public async Task The_stylesheet_has_a_fingerprinted_name_so_it_can_be_cached_for_good()
    {
        using var site = new SiteFactory(Repo.CopyContent(), environment: "Production");
        var client = site.CreateClient();
        var href = (await Html.ReadAsync(await client.GetAsync("/"))).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        var css = await client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        // The immutable Cache-Control comes from the publish manifest; bench/run checks it on the published site.
    }
}
