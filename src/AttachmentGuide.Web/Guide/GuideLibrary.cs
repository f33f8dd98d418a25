using AttachmentGuide.Web.Content;
using Microsoft.Extensions.Primitives;

namespace AttachmentGuide.Web.Guide;

/// <summary>
/// The content store for chapters. It renders each Markdown file once per change and hands out an
/// immutable <see cref="GuideSnapshot"/>; a file watcher's change token says when to build the next one.
/// Requests never touch the disk unless a file changed.
/// </summary>
public sealed class GuideLibrary(IContentFiles files, GuideMarkdown markdown, TimeProvider time, ILogger<GuideLibrary> logger)
{
    private const string Folder = "guide";

    private readonly Lock _gate = new();
    private GuideSnapshot? _snapshot;

    // Rendered chapters by file path and exact text: an unchanged file is never rendered twice.
    private Dictionary<string, LoadedFile> _loaded = new(StringComparer.Ordinal);

    public GuideSnapshot Current
    {
        get
        {
            var snapshot = _snapshot;
            return snapshot is not null && !IsStale(snapshot) ? snapshot : Rebuild();
        }
    }

    private bool IsStale(GuideSnapshot snapshot) =>
        snapshot.ChangeToken.HasChanged || snapshot.Today != Today();

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private GuideSnapshot Rebuild()
    {
        lock (_gate)
        {
            if (_snapshot is { } fresh && !IsStale(fresh))
            {
                return fresh; // another request rebuilt it while we waited
            }

            // Take the token before reading, so an edit made during the read triggers another rebuild.
            var token = files.Watch($"{Folder}/*.md");
            var loaded = new Dictionary<string, LoadedFile>(StringComparer.Ordinal);
            var problems = new List<ContentProblem>();
            var chapters = new List<Chapter>();
            var addresses = new ChapterAddresses();

            foreach (var file in files.List(Folder, ".md"))
            {
                var result = _loaded.TryGetValue(file.RelativePath, out var previous) && previous.Text == file.Text
                    ? previous
                    : Load(file);
                loaded[file.RelativePath] = result;
                problems.AddRange(result.Problems);
                if (result.Chapter is not { } chapter)
                {
                    continue;
                }

                if (addresses.Claim(chapter, file.RelativePath) is { } duplicate)
                {
                    problems.Add(duplicate);
                    logger.LogError("Chapter left out: {Problem}", duplicate);
                    continue;
                }

                chapters.Add(chapter);
            }

            _loaded = loaded;
            var snapshot = new GuideSnapshot(chapters, problems, token, Today());
            _snapshot = snapshot;
            return snapshot;
        }
    }

    private LoadedFile Load(ContentFile file)
    {
        var problems = new List<ContentProblem>();
        Chapter? chapter;
        try
        {
            chapter = ChapterLoader.Load(file, markdown, problems);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser bug on one odd file must not take the whole guide down: leave that chapter out.
            problems.Add(ContentProblem.Error(file.RelativePath, 1, $"the file could not be read as a chapter ({ex.GetType().Name})"));
            chapter = null;
        }

        foreach (var problem in problems)
        {
            if (problem.Severity == ProblemSeverity.Error)
            {
                logger.LogError("Chapter left out: {Problem}", problem);
            }
            else
            {
                logger.LogWarning("Chapter problem: {Problem}", problem);
            }
        }

        return new LoadedFile(file.Text, chapter, problems);
    }

    private sealed record LoadedFile(string Text, Chapter? Chapter, IReadOnlyList<ContentProblem> Problems);
}
