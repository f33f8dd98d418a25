using Microsoft.Playwright;

namespace AttachmentGuide.BrowserTests;

/// <summary>The pages a reader can reach, with the status each should answer.</summary>
public static class SitePages
{
    /// <summary>Answers for a clear avoidant result on the shipped 14-statement quiz.</summary>
    public static readonly int[] AvoidantAnswers = [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1];

    public static async Task<List<(string Path, int Status)>> AllAsync(BrowserSite site, IBrowserContext context)
    {
        var pages = new List<(string, int)> { ("/", 200) };
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        foreach (var href in await page.Locator("ol.chapter-list a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            pages.Add((href, 200));
        }

        pages.Add(("/quiz", 200));
        var version = await VersionAsync(page);
        pages.Add(($"/quiz/result?v={version}&a={string.Concat(AvoidantAnswers)}", 200));
        pages.Add(("/quiz/result?v=00000000&a=1", 400));

        var saved = await SaveResultAsync(site, context);
        var savedUrl = new Uri(saved.Page.Url).PathAndQuery;
        var deleteLink = await saved.Page.Locator(".private-link a").GetAttributeAsync("href");
        await saved.Page.CloseAsync();
        pages.Add((savedUrl, 200));
        pages.Add((deleteLink!, 200));
        pages.Add(("/quiz/deleted", 200));
        pages.Add(("/quiz/stats", 200));
        pages.Add(("/search?q=space", 200));
        pages.Add(("/search?q=%22", 200));
        pages.Add(("/guide/no-such-chapter", 404));
        await page.CloseAsync();
        return pages;
    }

    public static async Task<string> VersionAsync(IPage page)
    {
        await page.GotoAsync("/quiz");
        return (await page.Locator("input[name=version]").GetAttributeAsync("value"))!;
    }

    /// <summary>Takes the quiz by clicking, ticks "save", and returns the first view of the saved result.</summary>
    public static async Task<PageProbe> SaveResultAsync(BrowserSite site, IBrowserContext context)
    {
        var probe = await PageProbe.OpenAsync(context, site.BaseUrl, "/quiz");
        var page = probe.Page;
        await AnswerAllVisibleAsync(page, AvoidantAnswers);
        await page.CheckAsync("#save");
        await page.ClickAsync("form.quiz-form button[type=submit]");
        await page.WaitForURLAsync("**/quiz/result/*");
        return probe;
    }

    /// <summary>Clicks every answer; with JavaScript on, moves through the steps with "Next".</summary>
    public static async Task AnswerAllVisibleAsync(IPage page, int[] answers)
    {
        var radios = page.Locator("fieldset.statement");
        var count = await radios.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var statement = radios.Nth(i);
            await statement.Locator($"input[type=radio][value='{answers[i]}']").CheckAsync();
            var next = page.Locator(".step-nav button", new PageLocatorOptions { HasText = "Next" });
            if (await next.CountAsync() > 0 && await next.IsVisibleAsync())
            {
                await next.ClickAsync();
            }
        }
    }
}
