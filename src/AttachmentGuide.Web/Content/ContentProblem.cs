namespace AttachmentGuide.Web.Content;

public enum ProblemSeverity
{
    Warning,
    Error,
}

/// <summary>One thing wrong with an editor's file, pointing at the line to fix.</summary>
/// <param name="File">Path relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based line in that file.</param>
public sealed record ContentProblem(string File, int Line, ProblemSeverity Severity, string Message)
{
    public static ContentProblem Error(string file, int line, string message) => new(file, line, ProblemSeverity.Error, message);

    public static ContentProblem Warning(string file, int line, string message) => new(file, line, ProblemSeverity.Warning, message);

    public override string ToString() =>
        $"{File}:{Line}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
