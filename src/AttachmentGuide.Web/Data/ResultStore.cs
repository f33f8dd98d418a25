using System.Buffers.Text;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AttachmentGuide.Web.Quiz;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Data;

/// <summary>A freshly saved result and the private token that can delete it (shown once, never stored).</summary>
public sealed record SavedReceipt(string Id, string DeleteToken);

public enum DeleteOutcome
{
    Deleted,
    NotFound,
    WrongToken,
}

/// <summary>Saves, reads and deletes anonymous results; the only code that touches the results table.</summary>
public sealed partial class ResultStore(ResultsDbContext db, ResultsMigrations migrations, SqliteResultWriter sqliteWriter, TimeProvider time, ILogger<ResultStore> logger)
{
    /// <summary>Writes one row. Returns null (and logs) when the database cannot be written, so the taker still gets a result.</summary>
    public async Task<SavedReceipt?> SaveAsync(QuizDefinition quiz, IReadOnlyList<int> answers, QuizScore score)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var answerMap = new Dictionary<string, int>(quiz.Statements.Count);
        for (var i = 0; i < quiz.Statements.Count; i++)
        {
            answerMap[quiz.Statements[i].Id] = answers[i];
        }

        var row = new SavedResult
        {
            Id = id,
            QuizVersion = quiz.Version,
            CreatedOn = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            Answers = JsonSerializer.Serialize(answerMap),
            AnxietyScore = (double)score.Anxiety,
            AvoidanceScore = (double)score.Avoidance,
            Pattern = score.Placement.Key,
            DeleteTokenHash = HashToken(token),
        };

        await migrations.Applied;
        try
        {
            // One INSERT in its own implicit transaction, nothing read back. Not cancelled when the taker
            // disconnects: a save that was sent is finished, never left in doubt.
            if (db.Database.IsSqlite())
            {
                await sqliteWriter.InsertAsync(row);
            }
            else
            {
                db.Results.Add(row);
                await db.SaveChangesAsync(CancellationToken.None);
            }

            return new SavedReceipt(id, token);
        }
        catch (Exception ex) when (ex is DbUpdateException or DbException or InvalidOperationException)
        {
            // Nothing about the taker goes into the log: only that saving failed and why.
            logger.LogError(ex, "Could not save a quiz result; the taker was shown their result unsaved");
            db.ChangeTracker.Clear();
            return null;
        }
    }

    public async Task<SavedResult?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsWellFormedId(id))
        {
            return null;
        }

        await migrations.Applied.WaitAsync(cancellationToken);
        return await db.Results.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    /// <summary>Deletes a row only when the token matches its stored hash; a wrong token changes nothing.</summary>
    public async Task<DeleteOutcome> DeleteAsync(string id, string? token, CancellationToken cancellationToken)
    {
        if (!IsWellFormedId(id))
        {
            return DeleteOutcome.NotFound;
        }

        await migrations.Applied.WaitAsync(cancellationToken);
        var hash = await db.Results.Where(r => r.Id == id).Select(r => r.DeleteTokenHash).FirstOrDefaultAsync(cancellationToken);
        if (hash is null)
        {
            return DeleteOutcome.NotFound;
        }

        if (!IsWellFormedToken(token) || !CryptographicOperations.FixedTimeEquals(hash, HashToken(token!)))
        {
            return DeleteOutcome.WrongToken;
        }

        var removed = db.Database.IsSqlite()
            ? await sqliteWriter.DeleteAsync(id, cancellationToken)
            : await db.Results.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);

        return removed == 1 ? DeleteOutcome.Deleted : DeleteOutcome.NotFound;
    }

    public static bool IsWellFormedId(string? id) => id is not null && IdShape().IsMatch(id);

    public static bool IsWellFormedToken(string? token) => token is not null && TokenShape().IsMatch(token);

    private static byte[] HashToken(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    [GeneratedRegex(@"^[A-Za-z0-9_-]{22}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{43}\z", RegexOptions.CultureInvariant)]
    private static partial Regex TokenShape();
}
