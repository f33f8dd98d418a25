using System.Runtime.CompilerServices;
using System.Text.Json;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Quiz;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Export;

public enum ExportFormat
{
    Csv,
    Json,
}

/// <summary>
/// One exported row. The id is left out on purpose: it is the shareable address of a person's result, so an export
/// that carried it would tie each row back to whoever holds the link. The delete-token hash is never read at all.
/// </summary>
public sealed record ExportRow(string Version, DateOnly Date, string Answers, double Anxiety, double Avoidance, string Pattern);

/// <summary>
/// Writes saved results as CSV (RFC 4180, by CsvHelper) or as one JSON array, row by row as the database returns
/// them, so memory stays flat however many rows there are.
/// </summary>
public static class ResultsExporter
{
    /// <summary>Holds each row's answers, as stored, when they belong to another version than the answer columns.</summary>
    public const string AnswersColumn = "answers";

    // Flush once this much output is pending: big enough to be cheap, small enough to keep memory flat.
    private const int FlushThreshold = 64 * 1024;

    /// <param name="quiz">The current quiz, whose statement ids become the CSV's answer columns; null when it cannot be read.</param>
    /// <param name="version">Export only this version; null for every version.</param>
    /// <returns>The number of rows written.</returns>
    public static async Task<long> ExportAsync(
        ResultsDbContext db, QuizDefinition? quiz, ExportFormat format, string? version, Stream output, CancellationToken cancellationToken)
    {
        var query = db.Results.AsNoTracking();
        if (version is not null)
        {
            query = query.Where(r => r.QuizVersion == version);
        }

        // By day, then by the random id: within a day the order says nothing about who saved first.
        var rows = query
            .OrderBy(r => r.CreatedOn).ThenBy(r => r.Id)
            .Select(r => new ExportRow(r.QuizVersion, r.CreatedOn, r.Answers, r.AnxietyScore, r.AvoidanceScore, r.Pattern))
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);

        return format == ExportFormat.Json
            ? await WriteJsonAsync(rows, output, cancellationToken)
            : await WriteCsvAsync(rows, await CsvSchemaAsync(db, quiz, version, cancellationToken), output, cancellationToken);
    }

    /// <summary>
    /// The answer columns: with a version, that version's statement ids (the current quiz's order when it is the
    /// current version, else the order rows stored them in); without one, the current quiz's ids, plus an
    /// <see cref="AnswersColumn"/> column for rows of other versions, whose statements may differ.
    /// </summary>
    internal static async Task<CsvSchema> CsvSchemaAsync(ResultsDbContext db, QuizDefinition? quiz, string? version, CancellationToken cancellationToken)
    {
        if (version is null)
        {
            return new CsvSchema(quiz?.Version, [.. quiz?.Statements.Select(s => s.Id) ?? []], WithAnswersColumn: true);
        }

        if (quiz?.Version == version)
        {
            return new CsvSchema(version, [.. quiz.Statements.Select(s => s.Id)], WithAnswersColumn: false);
        }

        // An earlier version: its ids are only in its rows. A first pass collects them (a few dozen strings at most).
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var answers = db.Results.AsNoTracking().Where(r => r.QuizVersion == version).Select(r => r.Answers).AsAsyncEnumerable();
        await foreach (var json in answers.WithCancellation(cancellationToken))
        {
            foreach (var id in ReadAnswers(json)?.Keys ?? Enumerable.Empty<string>())
            {
                if (seen.Add(id))
                {
                    ids.Add(id);
                }
            }
        }

        return new CsvSchema(version, ids, WithAnswersColumn: false);
    }

    private static async Task<long> WriteCsvAsync(ConfiguredCancelableAsyncEnumerable<ExportRow> rows, CsvSchema schema, Stream output, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader([.. schema.Header]);
        long count = 0;
        await foreach (var row in rows)
        {
            csv.WriteField(row.Version);
            csv.WriteField(row.Date, "yyyy-MM-dd");
            var fitsColumns = row.Version == schema.ColumnsVersion;
            var answers = fitsColumns ? ReadAnswers(row.Answers) : null;
            foreach (var id in schema.StatementIds)
            {
                if (answers is not null && answers.TryGetValue(id, out var answer))
                {
                    csv.WriteField(answer, "");
                }
                else
                {
                    csv.WriteField((string?)null);
                }
            }

            csv.WriteField(row.Anxiety, "");
            csv.WriteField(row.Avoidance, "");
            csv.WriteField(row.Pattern);
            if (schema.WithAnswersColumn)
            {
                csv.WriteField(fitsColumns ? null : row.Answers);
            }

            await csv.EndRecordAsync(cancellationToken);
            count++;
        }

        await csv.FlushAsync(cancellationToken);
        return count;
    }

    private static async Task<long> WriteJsonAsync(ConfiguredCancelableAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartArray();
        long count = 0;
        await foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("version", row.Version);
            json.WriteString("date", row.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WritePropertyName("answers");
            json.WriteRawValue(row.Answers); // stored as a JSON object by ResultStore; validated as it is written
            json.WriteNumber("anxiety", row.Anxiety);
            json.WriteNumber("avoidance", row.Avoidance);
            json.WriteString("pattern", row.Pattern);
            json.WriteEndObject();
            count++;
            if (json.BytesPending > FlushThreshold)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken);
        return count;
    }

    private static Dictionary<string, int>? ReadAnswers(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, int>>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <param name="ColumnsVersion">The version whose answers fill the statement columns.</param>
internal sealed record CsvSchema(string? ColumnsVersion, IReadOnlyList<string> StatementIds, bool WithAnswersColumn)
{
    public IEnumerable<string> Header =>
        ["version", "date", .. StatementIds, "anxiety", "avoidance", "pattern", .. WithAnswersColumn ? [ResultsExporter.AnswersColumn] : Array.Empty<string>()];
}
