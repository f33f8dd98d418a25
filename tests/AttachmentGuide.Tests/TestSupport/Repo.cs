namespace AttachmentGuide.Tests.TestSupport;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>The client's source material, laid beside the checkout (../shared); null when absent.</summary>
    public static string? SharedSource
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "source"));
            return Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A throwaway copy of the repository's content/ that a test may edit freely.</summary>
    public static string CopyContent()
    {
        var target = Path.Combine(Path.GetTempPath(), "ag-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AttachmentGuide.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find AttachmentGuide.sln above the test binaries.");
    }
}
