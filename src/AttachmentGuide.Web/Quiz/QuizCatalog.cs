using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Guide;

namespace AttachmentGuide.Web.Quiz;

/// <param name="Quiz">The quiz to serve, or null when no valid version of the file has been seen.</param>
/// <param name="Problems">What is wrong with the file as it is now on disk.</param>
public sealed record QuizState(QuizDefinition? Quiz, IReadOnlyList<ContentProblem> Problems);

/// <summary>
/// Loads the quiz file and reloads it when it (or the guide it points into) changes. A broken edit is logged
/// with file and line and the last good quiz keeps serving, so takers never meet a half-edited quiz.
/// </summary>
public sealed class QuizCatalog(IContentFiles files, GuideLibrary guide, ILogger<QuizCatalog> logger)
{
    private readonly Lock _gate = new();
    private Loaded? _loaded;

    public QuizState Current
    {
        get
        {
            var loaded = _loaded;
            var snapshot = guide.Current;
            return loaded is not null && !loaded.FileToken.HasChanged && ReferenceEquals(loaded.Guide, snapshot)
                ? loaded.State
                : Reload(snapshot);
        }
    }

    private QuizState Reload(GuideSnapshot snapshot)
    {
        lock (_gate)
        {
            var previous = _loaded;
            if (previous is not null && !previous.FileToken.HasChanged && ReferenceEquals(previous.Guide, snapshot))
            {
                return previous.State;
            }

            var token = files.Watch(QuizParser.DefaultFile);
            var problems = new List<ContentProblem>();
            QuizDefinition? quiz = null;
            if (files.Find(QuizParser.DefaultFile) is not { } file)
            {
                problems.Add(ContentProblem.Error(QuizParser.DefaultFile, 1, "the quiz file is missing"));
            }
            else
            {
                quiz = QuizParser.Parse(file.Text, file.RelativePath, problems);
                if (quiz is not null)
                {
                    QuizParser.CheckGuideAnchors(quiz, snapshot, file.RelativePath, problems);
                }
            }

            var hasErrors = problems.Any(p => p.Severity == ProblemSeverity.Error);
            foreach (var problem in problems)
            {
                logger.Log(problem.Severity == ProblemSeverity.Error ? LogLevel.Error : LogLevel.Warning, "Quiz file problem: {Problem}", problem);
            }

            if (hasErrors)
            {
                quiz = previous?.State.Quiz;
                if (quiz is not null)
                {
                    logger.LogError("The quiz file has errors; the last good version ({Version}) keeps serving until they are fixed", quiz.Version);
                }
            }

            var state = new QuizState(quiz, problems);
            _loaded = new Loaded(state, token, snapshot);
            return state;
        }
    }

    private sealed record Loaded(QuizState State, Microsoft.Extensions.Primitives.IChangeToken FileToken, GuideSnapshot Guide);
}
