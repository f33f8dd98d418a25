using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace AttachmentGuide.Web.Content;

/// <summary>Read-only access to the content folder, plus change notifications.</summary>
public interface IContentFiles
{
    /// <summary>The files directly inside <paramref name="folder"/> whose name ends with <paramref name="extension"/>.</summary>
    IReadOnlyList<ContentFile> List(string folder, string extension);

    /// <summary>Reads one file by its path relative to the content folder, or null when it is not there.</summary>
    ContentFile? Find(string relativePath);

    /// <summary>Fires when anything matching <paramref name="glob"/> is created, changed, renamed or deleted.</summary>
    IChangeToken Watch(string glob);
}

/// <param name="RelativePath">For example <c>guide/02-attachment-patterns.md</c>.</param>
public sealed record ContentFile(string RelativePath, string Name, string Text);

public sealed class ContentFiles(IFileProvider provider) : IContentFiles, IDisposable
{
    public IReadOnlyList<ContentFile> List(string folder, string extension)
    {
        var files = new List<ContentFile>();
        foreach (var entry in provider.GetDirectoryContents(folder))
        {
            if (entry.IsDirectory || !entry.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            try
            {
                files.Add(new ContentFile($"{folder}/{entry.Name}", entry.Name, ReadAll(entry)));
            }
            catch (IOException)
            {
                // Deleted or locked between listing and reading: the watcher fires again once the editor is done.
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return files;
    }

    public ContentFile? Find(string relativePath)
    {
        var info = provider.GetFileInfo(relativePath);
        return info.Exists && !info.IsDirectory ? new ContentFile(relativePath, info.Name, ReadAll(info)) : null;
    }

    public IChangeToken Watch(string glob) => provider.Watch(glob);

    public void Dispose() => (provider as IDisposable)?.Dispose();

    private static string ReadAll(IFileInfo file)
    {
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }
}
