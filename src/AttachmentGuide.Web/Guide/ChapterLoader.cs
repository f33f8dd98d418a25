using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Guide;

/// <summary>Turns one chapter file into a <see cref="Chapter"/>, or explains with file and line why it cannot.</summary>
public static class ChapterLoader
{
    public static Chapter? Load(ContentFile file, GuideMarkdown markdown, List<ContentProblem> problems)
    {
        var slug = Slugs.FromFileName(file.Name);
        if (slug is null)
        {
            problems.Add(ContentProblem.Error(file.RelativePath, 1,
                "the file name must be lowercase letters, digits and hyphens, optionally after a number: 03-fear-of-vulnerability.md"));
            return null;
        }

        var rendered = markdown.Render(file.Text);
        if (rendered.FrontMatterYaml is null)
        {
            problems.Add(ContentProblem.Error(file.RelativePath, 1,
                "the file must start with front matter: a line '---', the fields title, description, order and updated, and another '---'"));
            return null;
        }

        var meta = FrontMatterParser.Parse(rendered.FrontMatterYaml, file.RelativePath, rendered.FrontMatterLine, problems);
        return meta is null
            ? null
            : new Chapter(slug, file.RelativePath, meta, rendered.Html, rendered.Toc, rendered.Sections, Chapter.MinutesFor(rendered.WordCount));
    }
}
