namespace AttachmentGuide.BrowserTests;

/// <summary>Full-page screenshots for people to look at (docs/screenshots holds a reviewed set).</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    [Fact]
    public async Task Home_chapter_quiz_and_result_are_captured_on_desktop_and_mobile()
    {
        site.RequireBrowser();
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        var written = new List<string>();
        foreach (var viewport in new[] { Viewport.Desktop, Viewport.Mobile })
        {
            await using var context = await site.NewContextAsync(viewport);
            var page = await context.NewPageAsync();
            var version = await SitePages.VersionAsync(page);
            var pages = new (string Name, string Path)[]
            {
                ("home", "/"),
                ("chapter", "/guide/attachment-patterns"),
                ("quiz", "/quiz"),
                ("stats", "/quiz/stats"),
                ("result", $"/quiz/result?v={version}&a={string.Concat(SitePages.AvoidantAnswers)}"),
            };
            foreach (var (name, path) in pages)
            {
                await page.GotoAsync(path);
                var file = Path.Combine(BrowserSite.ScreenshotFolder, $"{name}-{viewport.Name}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                written.Add(file);
            }
        }

        Assert.All(written, file => Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty"));
        TestContext.Current.SendDiagnosticMessage($"Screenshots written to {BrowserSite.ScreenshotFolder}");
    }
}
