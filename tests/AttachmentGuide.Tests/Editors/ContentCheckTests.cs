using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Editors;

namespace AttachmentGuide.Tests.Editors;

public sealed class ContentCheckTests : IDisposable
{
    private readonly ContentFixture _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void The_repository_content_passes_the_check()
    {
        var run = CheckRun.Of(["--content", Repo.Content]);

        Assert.Equal(ContentCheck.Clean, run.ExitCode);
        Assert.DoesNotContain(run.Problems, p => p.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clean_folder_exits_0_and_says_so()
    {
        var run = _content.Run();

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Problems);
        Assert.Equal("3 files checked: no problems.", run.Summary);
    }

    [Fact]
    public void A_missing_required_field_is_an_error_on_the_front_matter()
    {
        _content.Write("guide/01-first.md", ContentFixture.First.Replace("description: Where it starts.\n", "", StringComparison.Ordinal));

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["guide/01-first.md:2: error: the front matter is missing the required field 'description'"], run.Problems);
        Assert.Equal("3 files checked: 1 error, 0 warnings.", run.Summary);
    }

    [Fact]
    public void A_bad_date_and_a_wrong_type_point_at_their_lines()
    {
        _content.Write("guide/01-first.md", ContentFixture.First
            .Replace("order: 1", "order: first", StringComparison.Ordinal)
            .Replace("updated: 2026-11-27", "updated: 27/11/2026", StringComparison.Ordinal));

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "guide/01-first.md:4: error: 'order' must be a whole number",
                "guide/01-first.md:5: error: 'updated' must be a date written as YYYY-MM-DD, for example 2026-11-27",
            ],
            run.Problems);
    }

    [Fact]
    public void An_unknown_field_is_only_a_warning_and_the_check_still_passes()
    {
        _content.Write("guide/01-first.md", ContentFixture.First.Replace("order: 1\n", "order: 1\ntags: love\n", StringComparison.Ordinal));

        var run = _content.Run();

        Assert.Equal(0, run.ExitCode);
        var problem = Assert.Single(run.Problems);
        Assert.StartsWith("guide/01-first.md:5: warning: unknown field 'tags'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_chapters_with_the_same_order_are_an_error_on_the_second_ones_order_line()
    {
        _content.Write("guide/03-third.md", ContentFixture.First.Replace("order: 1", "order: 2", StringComparison.Ordinal));

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["guide/03-third.md:4: error: order 2 is already used by guide/02-attachment-patterns.md; give each chapter its own number"], run.Problems);
    }

    [Fact]
    public void Two_files_with_the_same_slug_are_an_error_on_the_later_file()
    {
        _content.Write("guide/09-first.md", ContentFixture.First.Replace("order: 1", "order: 9", StringComparison.Ordinal));

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["guide/09-first.md:1: error: the address /guide/first is already used by guide/01-first.md; this file is left out"], run.Problems);
    }

    [Fact]
    public void A_file_name_that_cannot_be_an_address_is_an_error()
    {
        _content.Write("guide/03-Third Chapter.md", ContentFixture.First.Replace("order: 1", "order: 3", StringComparison.Ordinal));

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        var problem = Assert.Single(run.Problems);
        Assert.StartsWith("guide/03-Third Chapter.md:1: error: the file name must be", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_chapter_that_does_not_exist_is_an_error_on_its_line()
    {
        _content.Write("guide/01-first.md", ContentFixture.First + "\nSee [hope](/guide/hope).\n");

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["guide/01-first.md:12: error: the link '/guide/hope' points at the chapter 'hope', which the guide does not have"], run.Problems);
    }

    [Fact]
    public void A_link_to_a_missing_heading_on_another_page_or_the_same_page_is_an_error()
    {
        _content.Write("guide/01-first.md", ContentFixture.First + "\nSee [this](/guide/attachment-patterns#secur) and [that](#stay) and [gone](#leave).\n");

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "guide/01-first.md:12: error: the link '/guide/attachment-patterns#secur' points at '#secur', which is not a heading id in guide/02-attachment-patterns.md",
                "guide/01-first.md:12: error: the link '#leave' points at a heading id this page does not have",
            ],
            run.Problems);
    }

    [Fact]
    public void A_link_to_a_chapter_left_out_for_its_errors_says_which_file_to_fix()
    {
        _content.Write("guide/02-attachment-patterns.md", ContentFixture.Patterns.Replace("order: 2\n", "", StringComparison.Ordinal));

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("guide/01-first.md:8: error: the link '/guide/attachment-patterns#avoidant' points at guide/02-attachment-patterns.md, which is left out because of its errors", run.Problems);
    }

    [Fact]
    public void A_missing_image_is_an_error_and_an_image_that_exists_passes()
    {
        _content.Write("images/here.png", "not really a png");
        _content.Write("guide/01-first.md", ContentFixture.First + "\n![Here](/images/here.png)\n\n![Gone](images/gone.png)\n");

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["guide/01-first.md:14: error: the image file 'images/gone.png' does not exist in the content folder"], run.Problems);
    }

    [Fact]
    public void An_image_outside_the_content_folder_is_an_error_even_when_the_file_exists()
    {
        _content.Write("guide/01-first.md", ContentFixture.First + "\n![Secret](../../etc/passwd)\n");

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["guide/01-first.md:12: error: the image '../../etc/passwd' points outside the content folder"], run.Problems);
    }

    [Fact]
    public void External_links_are_not_fetched_or_reported()
    {
        _content.Write("guide/01-first.md", ContentFixture.First + "\n[Helpline](https://no-such-host.invalid/help) and [mail](mailto:a@example.org) and ![x](https://no-such-host.invalid/x.png)\n");

        Assert.Empty(_content.Run().Problems);
    }

    [Fact]
    public void Raw_html_and_unsafe_links_are_warnings_because_the_site_shows_them_as_text()
    {
        _content.Write("guide/01-first.md", ContentFixture.First + "\nHello <b>there</b>.\n\n[Click](javascript:alert(1))\n");

        var run = _content.Run();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "guide/01-first.md:12: warning: raw HTML '<b>' is shown as text, not as HTML",
                "guide/01-first.md:14: warning: link with an unsafe address 'javascript:alert(1)' is shown as plain text",
            ],
            run.Problems);
    }

    [Fact]
    public void Heading_ids_the_site_cannot_use_are_warnings()
    {
        _content.Write("guide/01-first.md", ContentFixture.First + "\n## One letter {#x}\n\n## Capitals {#Big_Id}\n");

        var run = _content.Run();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "guide/01-first.md:12: warning: '{#x}' is shown as part of the heading, not read as its id: an id needs at least two characters",
                "guide/01-first.md:14: warning: heading id 'Big_Id' is dropped: use only lowercase letters, digits and single hyphens",
            ],
            run.Problems);
    }

    [Fact]
    public void A_quiz_rule_broken_is_an_error_on_the_quiz_line()
    {
        var quiz = _content.Read("quiz/attachment.yml");
        _content.Write("quiz/attachment.yml", quiz.Replace("cut: 4.0", "cut: 9.0", StringComparison.Ordinal));
        var line = LineOf(quiz, "cut: 4.0");

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"quiz/attachment.yml:{line}: error: 'cut' must lie between 1 and 7 (the scale's neutral point is 4.0)"], run.Problems);
    }

    [Fact]
    public void A_quiz_pattern_pointing_at_a_missing_guide_heading_is_an_error_on_its_guide_line()
    {
        _content.Write("guide/02-attachment-patterns.md", ContentFixture.Patterns.Replace(" {#anxious}", " {#worried}", StringComparison.Ordinal));
        var line = LineOf(_content.Read("quiz/attachment.yml"), "guide: attachment-patterns#anxious");

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"quiz/attachment.yml:{line}: error: pattern 'anxious' points at '#anxious', which is not a heading id in guide/02-attachment-patterns.md"], run.Problems);
    }

    [Fact]
    public void A_missing_quiz_file_is_an_error()
    {
        _content.Delete("quiz/attachment.yml");

        var run = _content.Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["quiz/attachment.yml:1: error: the quiz file is missing"], run.Problems);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--content")]
    public void Wrong_arguments_exit_2_with_the_usage(string argument)
    {
        var run = CheckRun.Of([argument]);

        Assert.Equal(ContentCheck.BadUsage, run.ExitCode);
        Assert.Contains("Usage: dotnet run --project src/AttachmentGuide.Web -- check-content", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_guide_exits_2_and_names_the_folder()
    {
        var run = CheckRun.Of(["--content", Path.Combine(_content.Path, "quiz")]);

        Assert.Equal(ContentCheck.BadUsage, run.ExitCode);
        Assert.Contains("has no guide/ folder", run.Error, StringComparison.Ordinal);
    }

    private static int LineOf(string text, string needle) =>
        text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
