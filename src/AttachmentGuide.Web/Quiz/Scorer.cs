namespace AttachmentGuide.Web.Quiz;

/// <summary>Where a result sits among the four patterns.</summary>
/// <param name="Candidates">
/// The primary quadrant first; when a score lies within the margin of the cut, also the pattern(s) across
/// that boundary, because a label so close to the line is not reliable.
/// </param>
public sealed record Placement(IReadOnlyList<Pattern> Candidates)
{
    public Pattern Primary => Candidates[0];

    public bool IsClear => Candidates.Count == 1;

    /// <summary>How the placement is stored: "avoidant", or "avoidant+fearful-avoidant" when between.</summary>
    public string Key => string.Join('+', Candidates.Select(p => p.Key()));

    public static Placement? FromKey(string key)
    {
        var patterns = new List<Pattern>();
        foreach (var part in key.Split('+'))
        {
            if (PatternKeys.FromKey(part) is not { } pattern || patterns.Contains(pattern))
            {
                return null;
            }

            patterns.Add(pattern);
        }

        return patterns.Count is >= 1 and <= 4 ? new Placement(patterns) : null;
    }
}

/// <param name="Anxiety">Exact mean on the 1–7 scale (rounded only for display).</param>
/// <param name="Avoidance">Exact mean on the 1–7 scale (rounded only for display).</param>
public sealed record QuizScore(decimal Anxiety, decimal Avoidance, Placement Placement);

/// <summary>Scores answers the way ECR-style questionnaires do: a mean per dimension, reverse-keyed items as 8 − x.</summary>
public static class Scorer
{
    /// <param name="answers">One answer from 1 to 7 per statement, in the quiz's statement order.</param>
    public static QuizScore Score(QuizDefinition quiz, IReadOnlyList<int> answers)
    {
        if (answers.Count != quiz.Statements.Count)
        {
            throw new ArgumentException($"Expected {quiz.Statements.Count} answers, got {answers.Count}.", nameof(answers));
        }

        var anxiety = Mean(quiz, answers, Dimension.Anxiety);
        var avoidance = Mean(quiz, answers, Dimension.Avoidance);
        return new QuizScore(anxiety, avoidance, Place(anxiety, avoidance, quiz.Cut, quiz.Margin));
    }

    public static int Keyed(Statement statement, int answer)
    {
        if (answer is < QuizDefinition.ScaleMin or > QuizDefinition.ScaleMax)
        {
            throw new ArgumentOutOfRangeException(nameof(answer), answer, "Answers run from 1 to 7.");
        }

        return statement.Reverse ? QuizDefinition.ScaleMax + QuizDefinition.ScaleMin - answer : answer;
    }

    /// <summary>
    /// High means above the cut. A score at least <paramref name="margin"/> from the cut on both dimensions is
    /// a clear placement; otherwise the result lies between the primary quadrant and its neighbour(s).
    /// </summary>
    public static Placement Place(decimal anxiety, decimal avoidance, decimal cut, decimal margin)
    {
        var highAnxiety = anxiety > cut;
        var highAvoidance = avoidance > cut;
        var nearAnxiety = Math.Abs(anxiety - cut) < margin;
        var nearAvoidance = Math.Abs(avoidance - cut) < margin;

        var candidates = new List<Pattern> { PatternKeys.Quadrant(highAnxiety, highAvoidance) };
        if (nearAvoidance)
        {
            candidates.Add(PatternKeys.Quadrant(highAnxiety, !highAvoidance));
        }

        if (nearAnxiety)
        {
            candidates.Add(PatternKeys.Quadrant(!highAnxiety, highAvoidance));
        }

        if (nearAnxiety && nearAvoidance)
        {
            candidates.Add(PatternKeys.Quadrant(!highAnxiety, !highAvoidance));
        }

        return new Placement(candidates);
    }

    private static decimal Mean(QuizDefinition quiz, IReadOnlyList<int> answers, Dimension dimension)
    {
        var sum = 0;
        var count = 0;
        for (var i = 0; i < quiz.Statements.Count; i++)
        {
            var statement = quiz.Statements[i];
            if (statement.Dimension == dimension)
            {
                sum += Keyed(statement, answers[i]);
                count++;
            }
        }

        return (decimal)sum / count;
    }
}
