using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Guide;

namespace AttachmentGuide.Tests.Guide;

public class FrontMatterParserTests
{
    private const string File = "guide/01-test.md";

    [Fact]
    public void Valid_front_matter_becomes_a_typed_record()
    {
        var problems = new List<ContentProblem>();
        var meta = FrontMatterParser.Parse("title: A title\ndescription: What it covers.\norder: 3\nupdated: 2026-11-27\n", File, 2, problems);

        Assert.Empty(problems);
        Assert.Equal(new FrontMatter("A title", "What it covers.", 3, new DateOnly(2026, 11, 27)), meta);
    }

    [Fact]
    public void Draft_and_publish_are_read()
    {
        var problems = new List<ContentProblem>();
        var meta = FrontMatterParser.Parse("title: T\ndescription: D\norder: 1\nupdated: 2026-01-02\ndraft: true\npublish: 2027-03-04\n", File, 2, problems);

        Assert.NotNull(meta);
        Assert.True(meta.Draft);
        Assert.Equal(new DateOnly(2027, 3, 4), meta.Publish);
    }

    [Theory]
    [InlineData("description: D\norder: 1\nupdated: 2026-01-02\n", "'title'")]
    [InlineData("title: T\norder: 1\nupdated: 2026-01-02\n", "'description'")]
    [InlineData("title: T\ndescription: D\nupdated: 2026-01-02\n", "'order'")]
    [InlineData("title: T\ndescription: D\norder: 1\n", "'updated'")]
    public void A_missing_required_field_is_an_error_naming_it(string yaml, string field)
    {
        var problems = new List<ContentProblem>();

        var meta = FrontMatterParser.Parse(yaml, File, 2, problems);

        Assert.Null(meta);
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains(field, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith("guide/01-test.md:", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: T\ndescription: D\norder: two\nupdated: 2026-01-02\n", 4, "whole number")]
    [InlineData("title: T\ndescription: D\norder: 1\nupdated: last week\n", 5, "YYYY-MM-DD")]
    [InlineData("title: T\ndescription: D\norder: 1\nupdated: 2026-02-30\n", 5, "YYYY-MM-DD")]
    [InlineData("title: T\ndescription: D\norder: 1\nupdated: 2026-01-02\ndraft: maybe\n", 6, "true or false")]
    public void A_wrong_type_points_at_its_line_in_the_file(string yaml, int expectedLine, string hint)
    {
        var problems = new List<ContentProblem>();

        var meta = FrontMatterParser.Parse(yaml, File, firstLine: 2, problems);

        Assert.Null(meta);
        var problem = Assert.Single(problems);
        Assert.Equal(expectedLine, problem.Line);
        Assert.Contains(hint, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_is_an_error_with_a_line_not_an_exception()
    {
        var problems = new List<ContentProblem>();

        var meta = FrontMatterParser.Parse("title: T\ndescription: [unclosed\norder: 1\n", File, 2, problems);

        Assert.Null(meta);
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains("malformed", problem.Message, StringComparison.Ordinal);
        Assert.InRange(problem.Line, 2, 6);
    }

    [Fact]
    public void An_unknown_field_is_a_warning_and_the_chapter_still_loads()
    {
        var problems = new List<ContentProblem>();

        var meta = FrontMatterParser.Parse("title: T\ndescription: D\norder: 1\nupdated: 2026-01-02\nauthor: Sam\n", File, 2, problems);

        Assert.NotNull(meta);
        var problem = Assert.Single(problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(6, problem.Line);
        Assert.Contains("author", problem.Message, StringComparison.Ordinal);
    }
}
