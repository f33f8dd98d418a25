using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Guide;

/// <summary>Turns one chapter file into a <see cref="Chapter"/>, or explains with file and line why it cannot.</summary>
public static class ChapterLoader
{
    public static Chapter? Load(ContentFile file, GuideMarkdown markdown, List<ContentProblem> problems) =>
        CheckFileName(file, problems) ? Load(file, markdown.Render(file.Text), problems) : null;

    /// <summary>For callers that already rendered the file and want its links too (the content check).</summary>
    public static Chapter? Load(ContentFile file, RenderedMarkdown rendered, List<ContentProblem> problems)
    {
        if (!CheckFileName(file, problems))
        {
            return null;
        }

        if (rendered.FrontMatterYaml is null)
        {
            problems.Add(ContentProblem.Error(file.RelativePath, 1,
                "the file must start with front matter: a line '---', the fields title, description, order and updated, and another '---'"));
            return null;
        }

        var meta = FrontMatterParser.Parse(rendered.FrontMatterYaml, file.RelativePath, rendered.FrontMatterLine, problems);
        return meta is null
            ? null
            : new Chapter(Slugs.FromFileName(file.Name)!, file.RelativePath, meta, rendered.Html, rendered.Toc, rendered.Sections,
                Chapter.MinutesFor(rendered.WordCount), rendered.TextSections);
    }

    private static bool CheckFileName(ContentFile file, List<ContentProblem> problems)
    {
        if (Slugs.FromFileName(file.Name) is not null)
        {
            return true;
        }

        problems.Add(ContentProblem.Error(file.RelativePath, 1,
            "the file name must be lowercase letters, digits and hyphens, optionally after a number: 03-fear-of-vulnerability.md"));
        return false;
    }
}
