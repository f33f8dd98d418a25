using System.Text;
using System.Text.RegularExpressions;
using AttachmentGuide.Web.Content;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttachmentGuide.Web.Guide;

/// <summary>A heading a reader can jump to from the table of contents.</summary>
public sealed record TocEntry(string Id, string Text, int Level);

/// <summary>What one Markdown file renders to.</summary>
/// <param name="FrontMatterYaml">The YAML between the fences, or null when the file has none.</param>
/// <param name="FrontMatterLine">The file line on which that YAML starts.</param>
/// <param name="Sections">HTML of each h2/h3 section (heading included) by heading id, for reuse elsewhere (the quiz result).</param>
/// <param name="Links">Every link and image target with its line, for the content check.</param>
/// <param name="Neutralised">
/// What the renderer made inert or could not use, with its line: raw HTML, unsafe links, dropped heading ids.
/// </param>
/// <param name="HeadingIds">Every heading id on the page, any level: what a <c>#anchor</c> can point at.</param>
/// <param name="TextSections">The plain text of the page cut at each h2/h3 heading, for the search index.</param>
public sealed record RenderedMarkdown(
    string? FrontMatterYaml,
    int FrontMatterLine,
    string Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyDictionary<string, string> Sections,
    int WordCount,
    IReadOnlyList<MarkdownLink> Links,
    IReadOnlyList<(int Line, string What)> Neutralised,
    IReadOnlySet<string> HeadingIds,
    IReadOnlyList<SectionText> TextSections);

public sealed record MarkdownLink(string Url, int Line, bool IsImage);

/// <summary>
/// The one Markdown pipeline of the site. Markdig pipelines are immutable and thread-safe, so it is built once.
/// Content is treated as untrusted: raw HTML is shown as text, attributes are reduced to ids,
/// and links whose scheme is not http, https or mailto become plain text.
/// </summary>
public sealed partial class GuideMarkdown
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        // Must come last: it parses the {#id} that gives headings a stable anchor.
        .UseGenericAttributes()
        .Build();

    public RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var neutralised = new List<(int, string)>();

        var frontMatter = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        string? yaml = null;
        var yamlLine = 0;
        if (frontMatter is not null)
        {
            yaml = frontMatter.Lines.ToString();
            yamlLine = frontMatter.Line + 2;
            document.Remove(frontMatter);
        }

        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // The page title is the only h1; a "# Heading" in a chapter is shown one level down.
            if (heading.Level == 1)
            {
                heading.Level = 2;
            }
        }

        ReduceAttributes(document, neutralised);
        FindUnreadHeadingIds(document, neutralised);
        var links = NeutraliseUnsafeLinks(document, neutralised);
        FindRawHtml(markdown, yamlLine, neutralised);

        var (html, sections, toc) = RenderWithSections(document);
        var headingIds = document.Descendants<HeadingBlock>()
            .Select(h => h.TryGetAttributes()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return new RenderedMarkdown(yaml, yamlLine, html, toc, sections, CountWords(document), links, neutralised,
            headingIds, SectionTexts.Collect(document));
    }

    /// <summary>True for relative URLs and for http, https and mailto; false for javascript:, data:, vbscript: and the rest.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so we do too.
        var squeezed = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c > ' ' && c != '\u007f')
            {
                squeezed.Append(c);
            }
        }

        var text = squeezed.ToString();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = text.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true; // a colon after the path starts is not a scheme: "/guide/a:b"
        }

        var scheme = text[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Generic attributes could carry onclick= or style=; only a clean id survives.</summary>
    private static void ReduceAttributes(MarkdownDocument document, List<(int, string)> neutralised)
    {
        foreach (var node in document.Descendants())
        {
            var attributes = node.TryGetAttributes();
            if (attributes is null)
            {
                continue;
            }

            attributes.Properties?.Clear();
            attributes.Classes?.Clear();
            if (attributes.Id is not null && !AnchorId().IsMatch(attributes.Id))
            {
                if (node is HeadingBlock heading)
                {
                    neutralised.Add((heading.Line + 1, $"heading id '{Shorten(attributes.Id)}' is dropped: use only lowercase letters, digits and single hyphens"));
                }

                attributes.Id = null;
            }
        }
    }

    /// <summary>
    /// Markdig only reads <c>{#id}</c> when the id has two or more characters; otherwise the braces stay in the
    /// heading as text and the heading gets an automatic id, which is easy to miss.
    /// </summary>
    private static void FindUnreadHeadingIds(MarkdownDocument document, List<(int, string)> neutralised)
    {
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (UnreadAttributes().Match(PlainText(heading.Inline)) is { Success: true } match)
            {
                neutralised.Add((heading.Line + 1, $"'{Shorten(match.Value)}' is shown as part of the heading, not read as its id: an id needs at least two characters"));
            }
        }
    }

    private static List<MarkdownLink> NeutraliseUnsafeLinks(MarkdownDocument document, List<(int, string)> neutralised)
    {
        var links = new List<MarkdownLink>();
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (IsSafeUrl(link.Url))
            {
                if (!string.IsNullOrEmpty(link.Url))
                {
                    links.Add(new MarkdownLink(link.Url, link.Line + 1, link.IsImage));
                }

                continue;
            }

            neutralised.Add((link.Line + 1, $"{(link.IsImage ? "image" : "link")} with an unsafe address '{Shorten(link.Url)}' is shown as plain text"));
            Unwrap(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
            {
                neutralised.Add((autolink.Line + 1, $"link with an unsafe address '{Shorten(autolink.Url)}' is shown as plain text"));
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return links;
    }

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    /// <summary>Raw HTML is disabled in the pipeline (shown as text); this finds it so the content check can warn.</summary>
    private static void FindRawHtml(string markdown, int frontMatterEnd, List<(int, string)> neutralised)
    {
        var lines = markdown.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (!inFence && i + 1 > frontMatterEnd && RawHtmlTag().Match(line) is { Success: true } match)
            {
                neutralised.Add((i + 1, $"raw HTML '{Shorten(match.Value)}' is shown as text, not as HTML"));
            }
        }
    }

    private (string Html, Dictionary<string, string> Sections, List<TocEntry> Toc) RenderWithSections(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);

        // Render block by block and remember where each heading starts, so a section can be cut out later.
        var starts = new List<(HeadingBlock Heading, int Offset)>();
        foreach (var block in document)
        {
            renderer.Writer.Flush();
            if (block is HeadingBlock heading)
            {
                starts.Add((heading, writer.GetStringBuilder().Length));
            }

            renderer.Render(block);
        }

        renderer.Writer.Flush();
        var html = writer.ToString();

        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var toc = new List<TocEntry>();
        for (var i = 0; i < starts.Count; i++)
        {
            var (heading, start) = starts[i];
            var id = heading.TryGetAttributes()?.Id;
            if (id is null || heading.Level > 3)
            {
                continue;
            }

            toc.Add(new TocEntry(id, PlainText(heading.Inline), heading.Level));
            var end = html.Length;
            for (var j = i + 1; j < starts.Count; j++)
            {
                if (starts[j].Heading.Level <= heading.Level)
                {
                    end = starts[j].Offset;
                    break;
                }
            }

            sections.TryAdd(id, html[start..end]);
        }

        return (html, sections, toc);
    }

    public static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        if (inline is not null)
        {
            foreach (var child in inline.Descendants())
            {
                switch (child)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.ToString());
                        break;
                    case CodeInline code:
                        text.Append(code.Content);
                        break;
                    case LineBreakInline:
                        text.Append(' ');
                        break;
                }
            }
        }

        return text.ToString().Trim();
    }

    private static int CountWords(MarkdownDocument document)
    {
        var words = 0;
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var span = literal.Content.AsSpan();
            var inWord = false;
            foreach (var c in span)
            {
                var isWordChar = !char.IsWhiteSpace(c);
                if (isWordChar && !inWord)
                {
                    words++;
                }

                inWord = isWordChar;
            }
        }

        return words;
    }

    private static string Shorten(string? text) =>
        text is null ? "" : text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex AnchorId();

    [GeneratedRegex(@"\{#[^{}]*\}\s*$")]
    private static partial Regex UnreadAttributes();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex RawHtmlTag();
}
