using Microsoft.Playwright;

namespace AttachmentGuide.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class QuizInBrowserTests(BrowserSite site)
{
    private static readonly string ExpectedAnswers = string.Concat(SitePages.AvoidantAnswers);

    [Fact]
    public async Task The_quiz_can_be_completed_with_the_keyboard_alone_with_focus_always_visible()
    {
        site.RequireBrowser();
        await using var context = await site.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/quiz");
        var keyboard = page.Keyboard;
        var total = SitePages.AvoidantAnswers.Length;

        Assert.Equal("polite", await page.Locator("#quiz-progress-text").GetAttributeAsync("aria-live"));
        Assert.Equal("quiz-progress-text", await page.Locator("progress").GetAttributeAsync("aria-labelledby"));

        // Tab from the top of the page into the first statement, checking every stop shows its focus.
        for (var presses = 0; !await FocusedIsAsync(page, "fieldset.statement input[type=radio]"); presses++)
        {
            Assert.True(presses < 30, "Tab never reached the first statement");
            await keyboard.PressAsync("Tab");
            await AssertFocusVisibleAsync(page);
        }

        for (var i = 0; i < total; i++)
        {
            Assert.Equal($"{i + 1} of {total}", await page.Locator("#quiz-progress-text").TextContentAsync());
            Assert.Equal(i + 1, await page.Locator("progress").EvaluateAsync<int>("p => p.value"));

            // Space picks the focused answer (1); each arrow moves one step along the scale and picks it.
            await keyboard.PressAsync("Space");
            for (var step = 1; step < SitePages.AvoidantAnswers[i]; step++)
            {
                await keyboard.PressAsync("ArrowDown");
            }

            await AssertFocusVisibleAsync(page);
            Assert.Equal(SitePages.AvoidantAnswers[i].ToString(System.Globalization.CultureInfo.InvariantCulture),
                await page.EvaluateAsync<string>("() => document.activeElement.value"));

            if (i == 2)
            {
                // Tab to the buttons, Shift+Tab back to "Back", go back a step and forward again: answers stay.
                await keyboard.PressAsync("Tab");
                await keyboard.PressAsync("Tab");
                Assert.Equal("Next", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
                await keyboard.PressAsync("Shift+Tab");
                Assert.Equal("Back", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
                await AssertFocusVisibleAsync(page);
                await keyboard.PressAsync("Enter");
                Assert.Equal($"2 of {total}", await page.Locator("#quiz-progress-text").TextContentAsync());
                Assert.Equal(SitePages.AvoidantAnswers[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
                    await page.EvaluateAsync<string>("() => document.activeElement.value"));
                await keyboard.PressAsync("Enter");
                Assert.Equal($"3 of {total}", await page.Locator("#quiz-progress-text").TextContentAsync());
            }

            await keyboard.PressAsync("Enter"); // on to the next statement (or, at the end, to the save choice)
        }

        Assert.True(await FocusedIsAsync(page, "#save"));
        await AssertFocusVisibleAsync(page);
        await keyboard.PressAsync("Tab");
        Assert.True(await FocusedIsAsync(page, "form.quiz-form button[type=submit]"));
        await AssertFocusVisibleAsync(page);
        await keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/quiz/result?*");

        Assert.EndsWith($"&a={ExpectedAnswers}", page.Url, StringComparison.Ordinal);
        Assert.Equal(["1.6", "6.6"], await page.Locator(".score-value").AllTextContentsAsync());
    }

    [Fact]
    public async Task With_javascript_off_the_same_answers_give_the_same_result()
    {
        site.RequireBrowser();
        var results = new List<(string Url, IReadOnlyList<string> Scores, string? Verdict)>();
        foreach (var javaScript in new[] { true, false })
        {
            await using var context = await site.NewContextAsync(Viewport.Mobile, javaScript: javaScript);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/quiz");
            Assert.Equal(javaScript, await page.Locator("form.stepper").CountAsync() == 1);

            await SitePages.AnswerAllVisibleAsync(page, SitePages.AvoidantAnswers);
            await page.ClickAsync("form.quiz-form button[type=submit]");
            await page.WaitForURLAsync("**/quiz/result?*");
            results.Add((new Uri(page.Url).PathAndQuery, await page.Locator(".score-value").AllTextContentsAsync(), await page.Locator(".verdict").TextContentAsync()));
        }

        Assert.EndsWith($"&a={ExpectedAnswers}", results[0].Url, StringComparison.Ordinal);
        Assert.Equal(results[0].Url, results[1].Url);
        Assert.Equal(results[0].Scores, results[1].Scores);
        Assert.Equal(results[0].Verdict, results[1].Verdict);
    }

    [Fact]
    public async Task The_skip_link_moves_focus_to_the_main_content()
    {
        site.RequireBrowser();
        await using var context = await site.NewContextAsync(Viewport.Mobile);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/guide/attachment-patterns");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await AssertFocusVisibleAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.height > 0; }"),
            "the focused skip link is not on screen");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
    }

    private static Task<bool> FocusedIsAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector);

    private static async Task AssertFocusVisibleAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string>("""
            () => {
              const el = document.activeElement;
              const s = getComputedStyle(el);
              return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'visible' : `${el.outerHTML.slice(0, 60)}: ${s.outlineStyle} ${s.outlineWidth}`;
            }
            """);
        Assert.Equal("visible", outline);
    }
}
