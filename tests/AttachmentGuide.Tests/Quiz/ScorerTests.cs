using AttachmentGuide.Web.Quiz;

namespace AttachmentGuide.Tests.Quiz;

public class ScorerTests
{
    private static readonly QuizDefinition Quiz = TestQuiz.Create();

    [Fact]
    public void All_ones_score_low_except_where_reverse_keying_turns_them_into_sevens()
    {
        var score = Scorer.Score(Quiz, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);

        Assert.Equal(11m / 5, score.Anxiety);   // 1+1+1+1+7
        Assert.Equal(17m / 5, score.Avoidance); // 1+1+1+7+7
    }

    [Fact]
    public void All_sevens_score_high_except_where_reverse_keying_turns_them_into_ones()
    {
        var score = Scorer.Score(Quiz, [7, 7, 7, 7, 7, 7, 7, 7, 7, 7]);

        Assert.Equal(29m / 5, score.Anxiety);   // 7+7+7+7+1
        Assert.Equal(23m / 5, score.Avoidance); // 7+7+7+1+1
    }

    [Fact]
    public void Reverse_keyed_statements_are_scored_eight_minus_the_answer()
    {
        var statement = new Statement("r", "R", Dimension.Anxiety, Reverse: true);

        Assert.Equal([7, 6, 5, 4, 3, 2, 1], Enumerable.Range(1, 7).Select(a => Scorer.Keyed(statement, a)));
        Assert.Equal(3, Scorer.Keyed(statement with { Reverse = false }, 3));
    }

    [Fact]
    public void A_clear_high_anxiety_low_avoidance_answer_set_is_anxious()
    {
        var score = Scorer.Score(Quiz, [7, 7, 7, 6, 1, 1, 1, 1, 7, 7]);

        Assert.Equal(Pattern.Anxious, score.Placement.Primary);
        Assert.True(score.Placement.IsClear);
    }

    [Theory]
    [InlineData(2.0, 2.0, Pattern.Secure)]
    [InlineData(2.0, 6.0, Pattern.Avoidant)]
    [InlineData(6.0, 6.0, Pattern.FearfulAvoidant)]
    [InlineData(6.0, 2.0, Pattern.Anxious)]
    [InlineData(1.0, 7.0, Pattern.Avoidant)]
    public void Each_quadrant_is_a_clear_result_far_from_the_cut(double anxiety, double avoidance, Pattern expected)
    {
        var placement = Scorer.Place((decimal)anxiety, (decimal)avoidance, 4.0m, 0.75m);

        Assert.Equal([expected], placement.Candidates);
    }

    [Fact]
    public void Exactly_at_the_cut_is_not_high_and_is_between()
    {
        var placement = Scorer.Place(4.0m, 2.0m, 4.0m, 0.75m);

        Assert.Equal([Pattern.Secure, Pattern.Anxious], placement.Candidates);
    }

    [Theory]
    [InlineData(4.75, 2.0, new[] { Pattern.Anxious })]
    [InlineData(4.74, 2.0, new[] { Pattern.Anxious, Pattern.Secure })]
    [InlineData(3.25, 2.0, new[] { Pattern.Secure })]
    [InlineData(3.26, 2.0, new[] { Pattern.Secure, Pattern.Anxious })]
    [InlineData(2.0, 4.75, new[] { Pattern.Avoidant })]
    [InlineData(2.0, 4.74, new[] { Pattern.Avoidant, Pattern.Secure })]
    [InlineData(2.0, 3.25, new[] { Pattern.Secure })]
    public void A_score_exactly_one_margin_from_the_cut_is_clear_and_any_nearer_is_between(double anxiety, double avoidance, Pattern[] expected) =>
        Assert.Equal(expected, Scorer.Place((decimal)anxiety, (decimal)avoidance, 4.0m, 0.75m).Candidates);

    [Theory]
    [InlineData(2.0, 4.5, new[] { Pattern.Avoidant, Pattern.Secure })]
    [InlineData(2.0, 3.5, new[] { Pattern.Secure, Pattern.Avoidant })]
    [InlineData(4.5, 2.0, new[] { Pattern.Anxious, Pattern.Secure })]
    [InlineData(4.5, 6.0, new[] { Pattern.FearfulAvoidant, Pattern.Avoidant })]
    [InlineData(3.5, 6.0, new[] { Pattern.Avoidant, Pattern.FearfulAvoidant })]
    [InlineData(6.0, 4.2, new[] { Pattern.FearfulAvoidant, Pattern.Anxious })]
    [InlineData(6.0, 3.9, new[] { Pattern.Anxious, Pattern.FearfulAvoidant })]
    public void Near_one_line_the_result_lies_between_the_two_patterns_either_side(double anxiety, double avoidance, Pattern[] expected) =>
        Assert.Equal(expected, Scorer.Place((decimal)anxiety, (decimal)avoidance, 4.0m, 0.75m).Candidates);

    [Fact]
    public void Near_both_lines_the_result_lies_between_all_four_patterns_primary_first()
    {
        var placement = Scorer.Place(4.2m, 3.9m, 4.0m, 0.75m);

        Assert.Equal([Pattern.Anxious, Pattern.FearfulAvoidant, Pattern.Secure, Pattern.Avoidant], placement.Candidates);
    }

    [Fact]
    public void Placements_round_trip_through_their_storage_key()
    {
        var placement = Scorer.Place(4.5m, 6.0m, 4.0m, 0.75m);

        Assert.Equal("fearful-avoidant+avoidant", placement.Key);
        Assert.Equal(placement.Candidates, Placement.FromKey(placement.Key)!.Candidates);
        Assert.Null(Placement.FromKey("secure+secure"));
        Assert.Null(Placement.FromKey("confident"));
    }

    [Fact]
    public void Answers_are_encoded_one_digit_each_and_decoded_strictly()
    {
        int[] answers = [1, 2, 3, 4, 5, 6, 7, 1, 2, 3];

        Assert.Equal("1234567123", AnswerCodec.Encode(answers));
        Assert.True(AnswerCodec.TryDecode("1234567123", 10, out var decoded));
        Assert.Equal(answers, decoded);
        Assert.False(AnswerCodec.TryDecode("123456712", 10, out _));
        Assert.False(AnswerCodec.TryDecode("1234567128", 10, out _));
        Assert.False(AnswerCodec.TryDecode("0234567123", 10, out _));
        Assert.False(AnswerCodec.TryDecode("12345671٣3", 10, out _));
        Assert.False(AnswerCodec.TryDecode(null, 10, out _));
    }
}
