using Microsoft.Playwright;

namespace AttachmentGuide.BrowserTests;

/// <summary>Opens a page and records what a careful reader would notice: errors, failed or outside requests.</summary>
public sealed class PageProbe
{
    private readonly List<string> _problems = [];

    private PageProbe(IPage page, string origin, int expectedStatus)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            // Chromium logs a 404 or 400 page's own status as an error; for an expected error page that is no fault.
            var isExpectedStatus = expectedStatus != 200 && message.Text.Contains($"status of {expectedStatus}", StringComparison.Ordinal)
                && message.Location.StartsWith(page.Url, StringComparison.Ordinal);
            if (message.Type == "error" && !isExpectedStatus)
            {
                _problems.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Add($"script error: {error}");
        page.RequestFailed += (_, request) => _problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                _problems.Add($"outside request: {request.Url}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                _problems.Add($"server error {response.Status}: {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems => _problems;

    public static async Task<PageProbe> OpenAsync(IBrowserContext context, string origin, string path, int expectedStatus = 200, Func<IPage, Task>? beforeNavigation = null)
    {
        var page = await context.NewPageAsync();
        var probe = new PageProbe(page, origin, expectedStatus);
        if (beforeNavigation is not null)
        {
            await beforeNavigation(page);
        }

        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || response.Status != expectedStatus)
        {
            probe._problems.Add($"{path} answered {response?.Status} instead of {expectedStatus}");
        }

        return probe;
    }
}
