using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AttachmentGuide.Tests.TestSupport;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IDocument> ReadAsync(HttpResponseMessage response) =>
        Parse(await response.Content.ReadAsStringAsync());
}
