namespace AttachmentGuide.Web.Quiz;

/// <summary>
/// Answers as one digit per statement in quiz order ("4527..."), so an unsaved result lives entirely in its URL.
/// The quiz version in the same URL fixes what each position means.
/// </summary>
public static class AnswerCodec
{
    public static string Encode(IReadOnlyList<int> answers) =>
        string.Create(answers.Count, answers, static (span, values) =>
        {
            for (var i = 0; i < values.Count; i++)
            {
                span[i] = (char)('0' + values[i]);
            }
        });

    /// <summary>Strict: exactly <paramref name="count"/> digits, each from 1 to 7; anything else is refused.</summary>
    public static bool TryDecode(string? text, int count, out int[] answers)
    {
        answers = [];
        if (text is null || text.Length != count)
        {
            return false;
        }

        var decoded = new int[count];
        for (var i = 0; i < count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < QuizDefinition.ScaleMin or > QuizDefinition.ScaleMax)
            {
                return false;
            }

            decoded[i] = digit;
        }

        answers = decoded;
        return true;
    }
}
