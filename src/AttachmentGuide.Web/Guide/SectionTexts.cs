using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace AttachmentGuide.Web.Guide;

/// <summary>The plain text of one part of a chapter, from an h2/h3 heading up to the next one.</summary>
/// <param name="Id">The heading id to link to; null for the text before the first heading (or a heading without id).</param>
/// <param name="Heading">The heading's text; null for the text before the first heading.</param>
public sealed record SectionText(string? Id, string? Heading, string Text);

/// <summary>Cuts a chapter into searchable pieces, so a search hit can link straight to the right heading.</summary>
public static class SectionTexts
{
    public static IReadOnlyList<SectionText> Collect(MarkdownDocument document)
    {
        var sections = new List<SectionText>();
        string? id = null;
        string? heading = null;
        var text = new StringBuilder();

        foreach (var block in document)
        {
            // Only h2 and h3 start a piece, matching the table of contents; deeper headings are part of the text.
            if (block is HeadingBlock { Level: <= 3 } next)
            {
                Flush();
                id = next.TryGetAttributes()?.Id;
                heading = GuideMarkdown.PlainText(next.Inline);
                continue;
            }

            AppendText(block, text);
        }

        Flush();
        return sections;

        void Flush()
        {
            if (heading is not null || text.Length > 0)
            {
                sections.Add(new SectionText(id, heading, text.ToString().Trim()));
            }

            text.Clear();
        }
    }

    private static void AppendText(Block block, StringBuilder text)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                text.Append(GuideMarkdown.PlainText(inline)).Append(' ');
                break;
            case LeafBlock leaf:
                // Code blocks keep their text in lines rather than inlines.
                text.Append(leaf.Lines.ToString()).Append(' ');
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendText(child, text);
                }

                break;
        }
    }
}
