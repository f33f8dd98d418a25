using System.Net;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Security;

/// <summary>Content and addresses are untrusted: a hostile chapter file and hostile URLs, through the whole HTTP pipeline.</summary>
public sealed class HostileContentTests(HostileContentTests.Site site) : IClassFixture<HostileContentTests.Site>
{
    private const string Secret = "SECRET-OUTSIDE-THE-GUIDE-7f3a";

    private const string HostileChapter = """
        ---
        title: Hostile fixture
        description: Everything an attacker might put in a chapter.
        order: 50
        updated: 2026-01-01
        ---

        ## Hostile {#hostile}

        <script>alert(1)</script>

        <img src=x onerror="alert(2)">

        <a href="javascript:alert(3)">raw link</a> <svg onload=alert(4)></svg> <iframe src="https://evil.example"></iframe>

        <style>body { display: none }</style> <object data="evil.swf"></object> <base href="https://evil.example/">

        [js](javascript:alert(5)) [JS upper](JAVASCRIPT:alert(6)) [spaced]( javascript:alert(7) ) [tabbed](java	script:alert(8))

        [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(10))

        ![img js](javascript:alert(11)) ![img data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTIpPg==) ![img vb](vbscript:msgbox(13))

        Autolinks: <javascript:alert(14)> <data:text/html,hi> <https://example.com/ok>

        [entity](&#106;avascript:alert(15)) [hex entity](&#x6A;&#x61;vascript:alert(16)) [named](javascript&colon;alert(17))

        [ref link][evil] and ![ref image][evil-image] and [ref vb][evil-vb]

        [attributes](https://example.com/attr){onclick="alert(18)" style="color:red" href="javascript:alert(19)"}

        [evil]: javascript:alert(20)
        [evil-image]: data:image/png;base64,AAAA
        [evil-vb]: vbscript:msgbox(21)
        """;

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    private static readonly string[] ExecutableElements = ["script", "iframe", "object", "embed", "style", "base", "svg", "math", "form"];

    [Fact]
    public async Task A_hostile_chapter_renders_with_no_executable_markup_or_dangerous_url()
    {
        var response = await site.CreateClient().GetAsync("/guide/hostile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dom = await Html.ReadAsync(response);
        var article = dom.QuerySelector("main")!;
        Assert.Contains("Hostile", article.TextContent, StringComparison.Ordinal);
        Assert.NotNull(article.QuerySelector("a[href='https://example.com/ok']")); // safe links still work
        foreach (var tag in ExecutableElements)
        {
            Assert.Empty(article.QuerySelectorAll(tag));
        }

        // The chapter's JSON-LD is a data block (type application/ld+json): browsers never execute it.
        Assert.Empty(dom.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        foreach (var element in dom.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName} {attribute.Name}>");
                Assert.NotEqual("style", attribute.Name);
                // AngleSharp has already decoded entities; browsers also ignore tabs, newlines and leading spaces in URLs.
                var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
                Assert.False(DangerousSchemes.Any(s => value.StartsWith(s, StringComparison.OrdinalIgnoreCase)), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
            }
        }
    }

    // A raw %00 and a bare ".." never reach the in-memory server (the client refuses or normalises them); the
    // real server's answer to NUL is in CrashSafetyTests.
    public static TheoryData<string> HostileAddresses()
    {
        var names = new[]
        {
            "..%2F..%2Fsecret", "..%2fsecret.md", "%2e%2e%2f%2e%2e%2fsecret", "..%5C..%5Csecret", "%252e%252e%252fsecret",
            "....%2F%2Fsecret", "attachment-patterns%2500", "attachment-patterns%2500.md", "%2500", "secret.md",
            "attachment-patterns%2F..%2F..%2Fsecret", "attachment-patterns;.md", "attachment-patterns%20",
            new string('a', 81), new string('a', 2000), "a--b", "-attachment-patterns", "attachment-patterns-",
            "%EF%BD%81ttachment-patterns", // fullwidth a
            "%D0%B0ttachment-patterns", // Cyrillic a
            "attachment-p%C9%91tterns", // Latin alpha
            "attachment%E2%80%8B-patterns", // zero-width space
            "attachment-patterns%CC%81", // combining accent
            "ATTACHMENT-PATTERNS", "attachment_patterns", "attachment%2Dpatterns%2F",
        };
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add($"/guide/{name}");
            data.Add($"/quiz/result/{name}");
            data.Add($"/quiz/result/{name}/delete?token={name}");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileAddresses))]
    public async Task Traversal_encoded_nul_overlong_and_look_alike_addresses_are_404_and_read_nothing_outside(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("Page not found", Html.Parse(body).QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    /// <summary>A content copy with the hostile chapter, plus secrets beside and above the guide folder.</summary>
    public sealed class Site : SiteFactory
    {
        public Site() : base(Repo.CopyContent())
        {
            WriteContent("guide/50-hostile.md", HostileChapter);
            WriteContent("secret.md", $"---\ntitle: {Secret}\n---\n{Secret}\n");
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(ContentPath)!, Path.GetFileName(ContentPath) + "-secret.md"), Secret);
        }
    }
}
