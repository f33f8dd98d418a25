using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Editors;

namespace AttachmentGuide.Tests.Editors;

/// <summary>
/// A small, clean content folder in a temp directory: two chapters and the repository's quiz file. Each test
/// breaks one thing and runs the check on it.
/// </summary>
public sealed class ContentFixture : IDisposable
{
    public const string Patterns = """
        ---
        title: Attachment patterns
        description: Four patterns.
        order: 2
        updated: 2026-11-27
        ---

        Intro.

        ## Secure {#secure}

        ## Avoidant {#avoidant}

        ## Fearful-avoidant {#fearful-avoidant}

        ## Anxious {#anxious}

        """;

    public const string First = """
        ---
        title: The first chapter
        description: Where it starts.
        order: 1
        updated: 2026-11-27
        ---

        Read about [the avoidant pattern](/guide/attachment-patterns#avoidant), or [take the quiz](/quiz).

        ## Stay {#stay}

        """;

    public ContentFixture()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ag-check-" + Guid.NewGuid().ToString("N"));
        Write("guide/01-first.md", First);
        Write("guide/02-attachment-patterns.md", Patterns);
        Write("quiz/attachment.yml", File.ReadAllText(System.IO.Path.Combine(Repo.Content, "quiz", "attachment.yml")));
    }

    public string Path { get; }

    public void Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public void Delete(string relativePath) => File.Delete(System.IO.Path.Combine(Path, relativePath));

    public CheckRun Run() => CheckRun.Of(["--content", Path]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>One run of the check command, with what it printed.</summary>
public sealed record CheckRun(int ExitCode, IReadOnlyList<string> Lines, string Error)
{
    public static CheckRun Of(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ContentCheck.Run(args, output, error);
        return new CheckRun(exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), error.ToString());
    }

    /// <summary>The problem lines: "file:line: severity: message".</summary>
    public IReadOnlyList<string> Problems => [.. Lines.Where(l => l.Contains(": error: ", StringComparison.Ordinal) || l.Contains(": warning: ", StringComparison.Ordinal))];

    public string Summary => Lines[^1];
}
