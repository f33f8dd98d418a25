using AttachmentGuide.Web.Search;

namespace AttachmentGuide.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("why he pulls away", "\"why\" \"he\" \"pulls\" \"away\"")]
    [InlineData("\"secure\" NEAR(anxious, 3)", "\"secure\" \"NEAR\" \"anxious\" \"3\"")]
    [InlineData("avoid* -secure ^title chapter_title:x", "\"avoid\" \"secure\" \"title\" \"chapter\" \"title\" \"x\"")]
    [InlineData("a OR b AND NOT c", "\"a\" \"OR\" \"b\" \"AND\" \"NOT\" \"c\"")]
    [InlineData("Beziehungsängste café", "\"Beziehungsängste\" \"café\"")]
    public void Only_letters_and_digits_survive_and_each_word_is_a_quoted_string(string raw, string match)
    {
        var query = SearchQuery.Parse(raw);

        Assert.Equal(SearchQueryKind.Ready, query.Kind);
        Assert.Equal(match, query.MatchExpression);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" ** -- ()")]
    [InlineData("\0\0")]
    public void Nothing_searchable_is_empty(string raw) =>
        Assert.Equal(SearchQueryKind.Empty, SearchQuery.Parse(raw).Kind);

    [Fact]
    public void No_query_at_all_just_shows_the_form() =>
        Assert.Equal(SearchQueryKind.None, SearchQuery.Parse(null).Kind);

    [Fact]
    public void A_query_over_200_characters_is_too_long()
    {
        Assert.Equal(SearchQueryKind.Ready, SearchQuery.Parse(new string('a', 200)).Kind);
        Assert.Equal(SearchQueryKind.TooLong, SearchQuery.Parse(new string('a', 201)).Kind);
    }

    [Fact]
    public void Highlight_markers_split_a_snippet_into_plain_and_highlighted_parts()
    {
        var parts = SearchHit.Split($"before {SearchHit.HighlightStart}word{SearchHit.HighlightEnd} after");

        Assert.Equal([new SnippetPart("before ", false), new SnippetPart("word", true), new SnippetPart(" after", false)], parts);
    }
}
