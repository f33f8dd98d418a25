using System.Globalization;
using AttachmentGuide.Web.Content;

namespace AttachmentGuide.Web.Editors;

/// <summary>
/// The <c>check-content</c> command: checks every content file without starting the site, for editors and CI.
/// Exit codes: 0 clean (warnings allowed), 1 at least one error, 2 the command itself was used wrongly.
/// </summary>
public static class ContentCheck
{
    public const string CommandName = "check-content";

    public const int Clean = 0;
    public const int HasErrors = 1;
    public const int BadUsage = 2;

    private const string Usage = """
        Usage: dotnet run --project src/AttachmentGuide.Web -- check-content [--content PATH]

        Checks the chapters in guide/ and the quiz in quiz/ and prints each problem as
        file:line: error|warning: message. Without --content it checks the repository's content/ folder.
        Exit code: 0 when there are no errors (warnings are allowed), 1 when there is any error.
        """;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? explicitPath = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    output.WriteLine(Usage);
                    return Clean;
                case "--content" when i + 1 < args.Count && explicitPath is null:
                    explicitPath = args[++i];
                    break;
                default:
                    error.WriteLine($"check-content: unexpected argument '{args[i]}'.");
                    error.WriteLine(Usage);
                    return BadUsage;
            }
        }

        var path = explicitPath is null ? FindContentFolder() : Path.GetFullPath(explicitPath);
        if (path is null || !Directory.Exists(Path.Combine(path, "guide")))
        {
            error.WriteLine(path is null
                ? "check-content: no content/ folder found above this folder. Pass --content PATH."
                : $"check-content: {path} is not a content folder: it has no guide/ folder inside.");
            return BadUsage;
        }

        var report = ContentChecker.Check(path, DateOnly.FromDateTime(DateTime.UtcNow));
        output.WriteLine($"Checking {path}");
        foreach (var problem in report.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        output.WriteLine(Summary(report));
        return report.Errors > 0 ? HasErrors : Clean;
    }

    /// <summary>
    /// The site's own rule (Content:Path, else the nearest content/ above), looking up from where the command
    /// runs and then from the app itself, so it works from the repository root or from inside src/.
    /// </summary>
    private static string? FindContentFolder()
    {
        var configured = Environment.GetEnvironmentVariable("Content__Path");
        return ContentServiceCollectionExtensions.ResolveContentPath(configured, Directory.GetCurrentDirectory())
            ?? ContentServiceCollectionExtensions.ResolveContentPath(null, AppContext.BaseDirectory);
    }

    private static string Summary(ContentReport report)
    {
        var files = Count(report.FilesChecked, "file");
        return report.Problems.Count == 0
            ? $"{files} checked: no problems."
            : $"{files} checked: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}.";
    }

    private static string Count(int n, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
