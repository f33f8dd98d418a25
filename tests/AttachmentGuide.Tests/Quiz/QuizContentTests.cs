using System.Net;
using AttachmentGuide.Tests.TestSupport;

namespace AttachmentGuide.Tests.Quiz;

/// <summary>Editors change the quiz file and the guide; the quiz follows without a restart and never breaks the site.</summary>
public sealed class QuizContentTests
{
    private const string QuizFile = "quiz/attachment.yml";
    private const string PatternsChapter = "guide/02-attachment-patterns.md";

    [Fact]
    public async Task An_edit_to_the_quiz_file_shows_on_the_next_request_with_a_new_version()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var client = site.CreateClient();
        var before = await QuizForm.LoadAsync(client);

        var original = await File.ReadAllTextAsync(Path.Combine(site.ContentPath, QuizFile));
        site.WriteContent(QuizFile, original
            .Replace("title: How do you tend to handle closeness?", "title: A renamed quiz", StringComparison.Ordinal)
            .Replace("my mind fills the silence", "my mind fills the quiet", StringComparison.Ordinal));

        var page = await Eventually.PageAsync(client, "/quiz", body => body.Contains("A renamed quiz", StringComparison.Ordinal));
        Assert.Contains("my mind fills the quiet", page, StringComparison.Ordinal);
        var after = QuizForm.From(Html.Parse(page));
        Assert.NotEqual(before.Hidden.Single(h => h.Name == "version").Value, after.Hidden.Single(h => h.Name == "version").Value);
    }

    [Fact]
    public async Task A_broken_quiz_file_at_start_up_rests_the_quiz_and_the_guide_keeps_serving()
    {
        var content = Repo.CopyContent();
        File.WriteAllText(Path.Combine(content, QuizFile), "title: Broken\nstatements: [unclosed\n");
        using var site = new SiteFactory(content);
        var client = site.CreateClient();

        var quiz = await client.GetAsync("/quiz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, quiz.StatusCode);
        Assert.Contains("resting", await quiz.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/guide/attachment-patterns")).StatusCode);
    }

    [Fact]
    public async Task A_broken_edit_to_a_working_quiz_keeps_the_last_good_quiz_serving()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var client = site.CreateClient();
        var before = await QuizForm.LoadAsync(client);
        var original = await File.ReadAllTextAsync(Path.Combine(site.ContentPath, QuizFile));

        site.WriteContent(QuizFile, original.Replace("dimension: anxiety", "dimension: worry", StringComparison.Ordinal));
        await Task.Delay(500); // give the watcher time to report the broken edit

        var page = await client.GetAsync("/quiz");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var after = QuizForm.From(await Html.ReadAsync(page));
        Assert.Equal(before.Hidden.Single(h => h.Name == "version").Value, after.Hidden.Single(h => h.Name == "version").Value);
    }

    [Fact]
    public async Task Editing_a_pattern_section_in_the_guide_updates_the_result_page()
    {
        using var site = new SiteFactory(Repo.CopyContent());
        var client = site.CreateBrowserClient();
        var form = await QuizForm.LoadAsync(client);
        var resultUrl = (await form.SubmitAsync(client, [2, 7, 2, 6, 1, 7, 6, 1, 2, 6, 1, 2, 7, 1])).Headers.Location!.OriginalString;

        var chapter = await File.ReadAllTextAsync(Path.Combine(site.ContentPath, PatternsChapter));
        var marker = "{#avoidant}\n";
        site.WriteContent(PatternsChapter, chapter.Replace(marker, marker + "\nA sentence an editor just added.\n", StringComparison.Ordinal));

        var result = await Eventually.PageAsync(site.CreateClient(), resultUrl, body => body.Contains("A sentence an editor just added.", StringComparison.Ordinal));
        var excerpt = Html.Parse(result).QuerySelector(".guide-excerpt")!;
        Assert.Contains("A sentence an editor just added.", excerpt.TextContent, StringComparison.Ordinal);
    }
}
