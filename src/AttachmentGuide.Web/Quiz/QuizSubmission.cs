using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace AttachmentGuide.Web.Quiz;

/// <summary>A problem with a submitted form; <paramref name="StatementId"/> is null for problems with the form as a whole.</summary>
public sealed record SubmissionError(string? StatementId, string Message);

/// <summary>
/// A posted quiz form, checked strictly: every statement answered once with a whole number from 1 to 7,
/// no unknown fields, and the quiz version the form was served with.
/// </summary>
public sealed class QuizSubmission
{
    public const string VersionField = "version";
    public const string SaveField = "save";
    public const string AntiforgeryField = "__RequestVerificationToken";

    private QuizSubmission(int?[] answers, bool save, IReadOnlyList<SubmissionError> errors, bool isStale)
    {
        Answers = answers;
        Save = save;
        Errors = errors;
        IsStale = isStale;
    }

    /// <summary>The valid answers by statement position; null where missing or invalid. Kept so the form can be shown again.</summary>
    public IReadOnlyList<int?> Answers { get; }

    public bool Save { get; }

    public IReadOnlyList<SubmissionError> Errors { get; }

    /// <summary>The form was made for an earlier version of the quiz.</summary>
    public bool IsStale { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The answers in statement order; only for a valid submission.</summary>
    public int[] CompleteAnswers() =>
        IsValid ? [.. Answers.Select(a => a!.Value)] : throw new InvalidOperationException("The submission has errors.");

    public static string FieldName(Statement statement) => $"q-{statement.Id}";

    public static QuizSubmission Parse(QuizDefinition quiz, IEnumerable<KeyValuePair<string, StringValues>> form)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        var unexpected = false;
        foreach (var (key, values) in form)
        {
            if (!fields.TryAdd(key, values))
            {
                fields[key] = StringValues.Concat(fields[key], values);
            }
        }

        var errors = new List<SubmissionError>();
        var statementFields = quiz.Statements.ToDictionary(FieldName, StringComparer.Ordinal);
        foreach (var key in fields.Keys)
        {
            if (key is not (VersionField or SaveField or AntiforgeryField) && !statementFields.ContainsKey(key))
            {
                unexpected = true;
            }
        }

        var isStale = !fields.TryGetValue(VersionField, out var version) || version.Count != 1 || version[0] != quiz.Version;
        if (isStale)
        {
            errors.Add(new SubmissionError(null,
                "The quiz was updated while you were answering, so your answers could not be scored. Your answers are kept below where the statements are unchanged; please check them and send the form again."));
        }

        if (unexpected)
        {
            errors.Add(new SubmissionError(null, "The form contained fields we did not expect. Please reload the page and try again."));
        }

        var save = false;
        if (fields.TryGetValue(SaveField, out var saveValues))
        {
            save = saveValues is [ "true" ];
            if (!save)
            {
                errors.Add(new SubmissionError(null, "The choice about saving your answers was not understood. Please tick or untick the box and send again."));
            }
        }

        var answers = new int?[quiz.Statements.Count];
        for (var i = 0; i < quiz.Statements.Count; i++)
        {
            var statement = quiz.Statements[i];
            var label = $"Statement {i + 1}, “{statement.Text}”";
            if (!fields.TryGetValue(FieldName(statement), out var values) || values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
            {
                errors.Add(new SubmissionError(statement.Id, $"{label}: please choose an answer."));
            }
            else if (values.Count > 1)
            {
                errors.Add(new SubmissionError(statement.Id, $"{label}: more than one answer was sent; please choose one."));
            }
            else if (!int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var answer)
                || answer is < QuizDefinition.ScaleMin or > QuizDefinition.ScaleMax)
            {
                errors.Add(new SubmissionError(statement.Id, $"{label}: the answer must be one of the seven choices."));
            }
            else
            {
                answers[i] = answer;
            }
        }

        return new QuizSubmission(answers, save, errors, isStale);
    }
}
