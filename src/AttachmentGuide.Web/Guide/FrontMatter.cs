using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Guide;

/// <summary>The YAML block at the top of a chapter file.</summary>
/// <param name="Order">Reading order: chapters are listed by this number, not by file name.</param>
/// <param name="Updated">Shown to readers as "last updated".</param>
/// <param name="Draft">A draft is not published.</param>
/// <param name="Publish">An optional first day (UTC) on which the chapter may be published.</param>
public sealed record FrontMatter(
    string Title,
    string Description,
    int Order,
    DateOnly Updated,
    bool Draft = false,
    DateOnly? Publish = null);

public static class FrontMatterParser
{
    public static readonly IReadOnlyList<string> KnownFields = ["title", "description", "order", "updated", "draft", "publish"];

    /// <summary>Parses front matter; every problem is reported, and the result is null if any is an error.</summary>
    /// <param name="yaml">The text between the <c>---</c> fences.</param>
    /// <param name="firstLine">The file line on which <paramref name="yaml"/> starts, so problems point at the file.</param>
    public static FrontMatter? Parse(string yaml, string file, int firstLine, List<ContentProblem> problems)
    {
        var errorsBefore = problems.Count(p => p.Severity == ProblemSeverity.Error);
        var nodes = new YamlNodes(file, firstLine - 1, problems);
        var map = nodes.ParseMapping(yaml);
        if (map is null)
        {
            return null;
        }

        nodes.WarnUnknownKeys(map, KnownFields, "the front matter");
        var title = nodes.RequiredString(map, "title", "the front matter");
        var description = nodes.RequiredString(map, "description", "the front matter");
        var order = nodes.RequiredInt(map, "order", "the front matter");
        var updatedNode = nodes.Get(map, "updated");
        DateOnly? updated = null;
        if (updatedNode is null)
        {
            problems.Add(ContentProblem.Error(file, nodes.LineOf(map), "the front matter is missing the required field 'updated'"));
        }
        else
        {
            updated = nodes.Date(updatedNode, "updated");
        }

        var draft = nodes.OptionalBool(map, "draft");
        var publishNode = nodes.Get(map, "publish");
        var publish = publishNode is null ? null : nodes.Date(publishNode, "publish");

        var hasErrors = problems.Count(p => p.Severity == ProblemSeverity.Error) > errorsBefore;
        return hasErrors || title is null || description is null || order is null || updated is null
            ? null
            : new FrontMatter(title, description, order.Value, updated.Value, draft, publish);
    }
}
