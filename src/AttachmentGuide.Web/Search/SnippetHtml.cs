using Microsoft.AspNetCore.Html;

namespace AttachmentGuide.Web.Search;

/// <summary>Writes a snippet with its matches in &lt;mark&gt;, encoding every piece of text from the index.</summary>
public static class SnippetHtml
{
    public static IHtmlContent From(IReadOnlyList<SnippetPart> parts)
    {
        var html = new HtmlContentBuilder();
        foreach (var part in parts)
        {
            // Append encodes; only the mark tags themselves are written as HTML.
            if (part.Highlighted)
            {
                html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part.Text);
            }
        }

        return html;
    }
}
