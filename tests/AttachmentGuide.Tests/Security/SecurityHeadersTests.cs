using System.Net;
using AngleSharp.Dom;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Security;

public sealed class SecurityHeadersTests(SharedSite site) : IClassFixture<SharedSite>
{
    private static readonly int?[] Answers = [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1];

    [Theory]
    [InlineData("/")]
    [InlineData("/guide/attachment-patterns")]
    [InlineData("/quiz")]
    [InlineData("/css/site.css")]
    [InlineData("/js/quiz.js")]
    [InlineData("/no-such-page")]
    [InlineData("/quiz/result?v=0&a=1")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_refused_post_carries_the_security_headers_too()
    {
        var response = await site.CreateClient().PostAsync("/quiz", new FormUrlEncodedContent([new("version", "x")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task No_page_has_inline_script_style_or_event_handlers_so_the_policy_holds()
    {
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var saved = (await form.SubmitAsync(client, Answers, save: true)).Headers.Location!.OriginalString;
        var savedPage = await client.GetStringAsync(saved);
        var deleteLink = Html.Parse(savedPage).QuerySelector(".private-link a")!.GetAttribute("href")!;
        var unsaved = (await form.SubmitAsync(client, Answers)).Headers.Location!.OriginalString;
        var home = await client.GetStringAsync("/");
        var pages = new Dictionary<string, string>
        {
            ["/"] = home,
            [saved] = savedPage,
            ["/quiz"] = await client.GetStringAsync("/quiz"),
            [unsaved] = await client.GetStringAsync(unsaved),
            [deleteLink] = await client.GetStringAsync(deleteLink),
            ["/quiz/deleted"] = await client.GetStringAsync("/quiz/deleted"),
            ["/no-such-page"] = await (await client.GetAsync("/no-such-page")).Content.ReadAsStringAsync(),
            ["/quiz (invalid post)"] = await (await form.SubmitAsync(client, [1])).Content.ReadAsStringAsync(),
        };
        foreach (var link in Html.Parse(home).QuerySelectorAll("ol.chapter-list a"))
        {
            var href = link.GetAttribute("href")!;
            pages[href] = await client.GetStringAsync(href);
        }

        Assert.True(pages.Count > 10);
        foreach (var (url, html) in pages)
        {
            var dom = Html.Parse(html);
            // A chapter's JSON-LD is a data block, not a script the browser runs, so the policy does not apply to it.
            Assert.True(dom.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])").Length == 0, $"{url} has an inline script");
            Assert.True(dom.QuerySelectorAll("style").Length == 0, $"{url} has a style element");
            var inline = dom.All.Where(e => e.Attributes.Any(a => a.Name == "style" || a.Name.StartsWith("on", StringComparison.Ordinal))).ToList();
            Assert.True(inline.Count == 0, $"{url} has inline style or an event handler on <{inline.FirstOrDefault()?.LocalName}>");
            Assert.DoesNotContain(dom.QuerySelectorAll("[href],[src],[action]"), e => IsScriptUrl(e));
        }
    }

    [Fact]
    public async Task Development_has_no_hsts_and_no_https_redirect()
    {
        var client = site.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://guide.example") });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Production_redirects_to_https_and_sends_hsts()
    {
        using var production = new SiteFactory(Repo.CopyContent(), environment: "Production");
        production.Settings["https_port"] = "443";

        var redirect = await production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://guide.example") }).GetAsync("/quiz");
        var secure = await production.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://guide.example") }).GetAsync("/quiz");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https://guide.example/quiz", redirect.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=", secure.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        AssertSecurityHeaders(secure);
    }

    private static readonly string[] UrlAttributes = ["href", "src", "action"];

    private static bool IsScriptUrl(IElement element) =>
        UrlAttributes.Select(element.GetAttribute).Any(v =>
            v is not null && (v.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                || v.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                || v.TrimStart().StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)));

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'self'", directives["script-src"]);
        Assert.Equal("'self'", directives["style-src"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'none'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        Assert.Contains("camera=()", permissions, StringComparison.Ordinal);
        Assert.Contains("microphone=()", permissions, StringComparison.Ordinal);
        Assert.Contains("geolocation=()", permissions, StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri} has no {name} header (status {(int)response.StatusCode})");
}
