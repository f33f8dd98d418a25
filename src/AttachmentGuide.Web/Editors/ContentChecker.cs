using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Guide;
using AttachmentGuide.Web.Quiz;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace AttachmentGuide.Web.Editors;

/// <param name="FilesChecked">Chapter files plus the quiz file, when it exists.</param>
public sealed record ContentReport(IReadOnlyList<ContentProblem> Problems, int FilesChecked)
{
    public int Errors => Problems.Count(p => p.Severity == ProblemSeverity.Error);

    public int Warnings => Problems.Count(p => p.Severity == ProblemSeverity.Warning);
}

/// <summary>
/// Reads a whole content folder the way the site does, then checks what the site cannot see one file at a
/// time: duplicate slugs and orders, links between chapters, images and the quiz's guide anchors.
/// </summary>
public static class ContentChecker
{
    private const string GuideFolder = "guide";

    public static ContentReport Check(string contentPath, DateOnly today)
    {
        using var files = new ContentFiles(new PhysicalFileProvider(contentPath));
        var markdown = new GuideMarkdown();
        var problems = new List<ContentProblem>();
        var pages = new List<Page>();
        var addresses = new ChapterAddresses();
        var orderOwners = new Dictionary<int, string>();
        var guideFiles = files.List(GuideFolder, ".md");

        foreach (var file in guideFiles)
        {
            if (Render(markdown, file, problems) is not { } rendered)
            {
                continue;
            }

            var chapter = ChapterLoader.Load(file, rendered, problems);
            problems.AddRange(rendered.Neutralised.Select(n => ContentProblem.Warning(file.RelativePath, n.Line, n.What)));
            if (chapter is null)
            {
                pages.Add(new Page(file, rendered, null, Slugs.FromFileName(file.Name)));
                continue;
            }

            if (addresses.Claim(chapter, file.RelativePath) is { } duplicate)
            {
                problems.Add(duplicate);
                pages.Add(new Page(file, rendered, null, null));
                continue;
            }

            if (!orderOwners.TryAdd(chapter.Meta.Order, file.RelativePath))
            {
                problems.Add(ContentProblem.Error(file.RelativePath, OrderLine(rendered),
                    $"order {chapter.Meta.Order} is already used by {orderOwners[chapter.Meta.Order]}; give each chapter its own number"));
            }

            pages.Add(new Page(file, rendered, chapter, chapter.Slug));
        }

        var chapters = pages.Select(p => p.Chapter).OfType<Chapter>().ToList();
        var guide = new GuideSnapshot(chapters, [], NullChangeToken.Singleton, today);
        var links = new LinkChecker(
            contentPath,
            guide,
            pages.Where(p => p.Chapter is not null).ToDictionary(p => p.Slug!, p => p.Rendered.HeadingIds, StringComparer.Ordinal),
            LeftOut(pages));
        foreach (var page in pages)
        {
            links.Check(page.File.RelativePath, page.Rendered, page.Chapter, problems);
        }

        var quizFiles = CheckQuiz(files, guide, problems);
        var sorted = problems
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ToList();
        return new ContentReport(sorted, guideFiles.Count + quizFiles);
    }

    /// <summary>Files that have an address but were left out, so a link to them can say why it is broken.</summary>
    private static Dictionary<string, string> LeftOut(List<Page> pages)
    {
        var leftOut = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.Chapter is null && p.Slug is not null))
        {
            leftOut.TryAdd(page.Slug!, page.File.RelativePath);
        }

        return leftOut;
    }

    private static RenderedMarkdown? Render(GuideMarkdown markdown, ContentFile file, List<ContentProblem> problems)
    {
        try
        {
            return markdown.Render(file.Text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // As on the site: a parser bug on one odd file is reported, and the other files are still checked.
            problems.Add(ContentProblem.Error(file.RelativePath, 1, $"the file could not be read as a chapter ({ex.GetType().Name})"));
            return null;
        }
    }

    private static int CheckQuiz(ContentFiles files, GuideSnapshot guide, List<ContentProblem> problems)
    {
        if (files.Find(QuizParser.DefaultFile) is not { } file)
        {
            problems.Add(ContentProblem.Error(QuizParser.DefaultFile, 1, "the quiz file is missing"));
            return 0;
        }

        if (QuizParser.Parse(file.Text, file.RelativePath, problems) is { } quiz)
        {
            QuizParser.CheckGuideAnchors(quiz, guide, file.RelativePath, problems);
        }

        return 1;
    }

    /// <summary>The file line of the <c>order:</c> field, so a duplicate points at the number to change.</summary>
    private static int OrderLine(RenderedMarkdown rendered)
    {
        var lines = rendered.FrontMatterYaml!.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("order:", StringComparison.Ordinal));
        return rendered.FrontMatterLine + Math.Max(0, index);
    }

    /// <param name="Slug">Null when the file name cannot make an address.</param>
    private sealed record Page(ContentFile File, RenderedMarkdown Rendered, Chapter? Chapter, string? Slug);
}
