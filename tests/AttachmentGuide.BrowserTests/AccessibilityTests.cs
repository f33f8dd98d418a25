using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AttachmentGuide.BrowserTests;

/// <summary>Every page, in light and dark, on a desktop and a phone: axe finds nothing, nothing leaves the site, nothing overflows.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
    };

    public static TheoryData<string, string> Modes => new()
    {
        { "light", "desktop" },
        { "dark", "desktop" },
        { "light", "mobile" },
        { "dark", "mobile" },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Every_page_passes_axe_makes_no_outside_requests_and_fits_the_screen(string scheme, string viewportName)
    {
        site.RequireBrowser();
        var viewport = viewportName == "mobile" ? Viewport.Mobile : Viewport.Desktop;
        await using var context = await site.NewContextAsync(viewport, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var problems = new List<string>();

        foreach (var (path, status) in await SitePages.AllAsync(site, context))
        {
            var probe = await PageProbe.OpenAsync(context, site.BaseUrl, path, status);
            problems.AddRange(await CheckAsync(probe, path, viewport));
            await probe.Page.CloseAsync();
        }

        // The first view of a saved result also shows the private delete link: check that state too.
        var saved = await SitePages.SaveResultAsync(site, context);
        problems.AddRange(await CheckAsync(saved, "saved result (first view)", viewport));

        // Without JavaScript the quiz is one long form with every statement showing. axe itself needs JavaScript,
        // so the page keeps it but quiz.js is answered empty: the DOM is exactly what a reader without scripts gets.
        var longForm = await PageProbe.OpenAsync(context, site.BaseUrl, "/quiz", beforeNavigation: page =>
            page.RouteAsync("**/js/quiz*.js", route => route.FulfillAsync(new() { ContentType = "text/javascript", Body = "" })));
        if (await longForm.Page.Locator("form.stepper").CountAsync() != 0)
        {
            problems.Add("/quiz (no quiz.js): the stepper ran although its script was withheld");
        }

        problems.AddRange(await CheckAsync(longForm, "/quiz (JavaScript off)", viewport));
        await longForm.Page.CloseAsync();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static async Task<List<string>> CheckAsync(PageProbe probe, string label, Viewport viewport)
    {
        var page = probe.Page;
        var problems = probe.Problems.Select(p => $"{label}: {p}").ToList();

        var axe = await page.RunAxe(WcagAa);
        foreach (var violation in axe.Violations)
        {
            problems.Add($"{label}: axe {violation.Id} ({violation.Impact}): {string.Join(" | ", violation.Nodes.Select(n => n.Html))}");
        }

        if (await page.Locator("h1").CountAsync() != 1)
        {
            problems.Add($"{label}: expected exactly one h1");
        }

        var title = await page.TitleAsync();
        if (!title.Contains("Attachment Guide", StringComparison.Ordinal) || title.Length < 20)
        {
            problems.Add($"{label}: the title '{title}' does not say what the page is");
        }

        if (viewport == Viewport.Mobile)
        {
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            if (overflow > 0)
            {
                problems.Add($"{label}: scrolls sideways by {overflow}px at {viewport.Width}px wide");
            }

            foreach (var small in await page.EvaluateAsync<string[]>(SmallTargetsScript))
            {
                problems.Add($"{label}: target smaller than 24×24 CSS px: {small}");
            }
        }

        return problems;
    }

    // Interactive targets under 24×24 px, except links inside running text (WCAG 2.5.8's inline exception).
    private const string SmallTargetsScript = """
        () => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
          .filter(el => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
          .filter(el => !(el.tagName === 'A' && getComputedStyle(el).display === 'inline'))
          .map(el => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.bottom > 0 && (box.width < 24 || box.height < 24))
          .map(({ el, box }) => `${el.outerHTML.slice(0, 80)} (${Math.round(box.width)}×${Math.round(box.height)})`)
        """;
}
