using System.Security.Cryptography;
using System.Text.Json;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Quiz;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Tests.Stats;

/// <summary>Puts saved results straight into a site's database, scored by the app's own scorer.</summary>
internal static class Seeding
{
    public static QuizDefinition Quiz(SiteFactory site) =>
        site.Services.GetRequiredService<QuizCatalog>().Current.Quiz ?? throw new InvalidOperationException("The test site has no quiz.");

    public static async Task SaveAsync(SiteFactory site, IEnumerable<int[]> answerSets, DateOnly? firstDay = null)
    {
        var quiz = Quiz(site);
        var day = firstDay ?? new DateOnly(2026, 3, 1);
        var rows = answerSets.Select((answers, i) =>
        {
            var score = Scorer.Score(quiz, answers);
            return Row(quiz.Version, day.AddDays(i % 3), quiz.Statements.Select((s, j) => (s.Id, answers[j])), (double)score.Anxiety, (double)score.Avoidance, score.Placement.Key);
        });
        await AddAsync(site, rows);
    }

    public static SavedResult Row(string version, DateOnly day, IEnumerable<(string Id, int Answer)> answers, double anxiety, double avoidance, string pattern) => new()
    {
        Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).Replace('+', '-').Replace('/', '_').TrimEnd('='),
        QuizVersion = version,
        CreatedOn = day,
        Answers = JsonSerializer.Serialize(answers.ToDictionary(a => a.Id, a => a.Answer)),
        AnxietyScore = anxiety,
        AvoidanceScore = avoidance,
        Pattern = pattern,
        DeleteTokenHash = SHA256.HashData(RandomNumberGenerator.GetBytes(32)),
    };

    public static async Task AddAsync(SiteFactory site, IEnumerable<SavedResult> rows)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        db.Results.AddRange(rows);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Answers that hang together as a real scale's do: each person has a level per dimension and answers near it,
    /// turned round on reverse-keyed statements.
    /// </summary>
    public static List<int[]> Coherent(QuizDefinition quiz, int people, int seed)
    {
        var random = new Random(seed);
        var sets = new List<int[]>();
        for (var p = 0; p < people; p++)
        {
            var anxiety = random.Next(1, 8);
            var avoidance = random.Next(1, 8);
            sets.Add([.. quiz.Statements.Select(s =>
            {
                var level = s.Dimension == Dimension.Anxiety ? anxiety : avoidance;
                var keyed = Math.Clamp(level + random.Next(-1, 2), 1, 7);
                return s.Reverse ? 8 - keyed : keyed;
            })]);
        }

        return sets;
    }

    /// <summary>Every statement answered the same, so both scores are fixed by the keying alone.</summary>
    public static int[] Uniform(QuizDefinition quiz, int answer) => [.. quiz.Statements.Select(_ => answer)];
}
