using AttachmentGuide.Web.Guide;

namespace AttachmentGuide.Tests.Guide;

public class SlugsTests
{
    [Theory]
    [InlineData("02-attachment-patterns.md", "attachment-patterns")]
    [InlineData("attachment-patterns.md", "attachment-patterns")]
    [InlineData("10-faq-2.md", "faq-2")]
    public void The_slug_is_the_file_name_without_its_number_prefix_and_extension(string fileName, string slug) =>
        Assert.Equal(slug, Slugs.FromFileName(fileName));

    [Theory]
    [InlineData("02-Attachment.md")]
    [InlineData("02-attachment patterns.md")]
    [InlineData("02-attachment.patterns.md")]
    [InlineData("02--double.md")]
    [InlineData("02-trailing-.md")]
    [InlineData("notes.txt")]
    public void File_names_that_cannot_make_a_clean_slug_are_refused(string fileName) =>
        Assert.Null(Slugs.FromFileName(fileName));

    [Theory]
    [InlineData("attachment-patterns", true)]
    [InlineData("faq-2", true)]
    [InlineData("Attachment-Patterns", false)]
    [InlineData("..", false)]
    [InlineData("../etc/passwd", false)]
    [InlineData("..%2F..%2Fetc%2Fpasswd", false)]
    [InlineData("a.md", false)]
    [InlineData("a\0b", false)]
    [InlineData("a\n", false)]
    [InlineData("аttachment", false)] // Cyrillic 'а'
    [InlineData("", false)]
    public void Only_lowercase_letters_digits_and_single_hyphens_are_valid(string slug, bool valid) =>
        Assert.Equal(valid, Slugs.IsValid(slug));

    [Fact]
    public void Overlong_slugs_are_invalid() =>
        Assert.False(Slugs.IsValid(new string('a', Slugs.MaxLength + 1)));
}
