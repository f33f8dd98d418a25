using System.Data.Common;
using AttachmentGuide.Web.Content;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Quiz;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AttachmentGuide.Web.Export;

/// <summary>
/// The <c>export-results</c> command: the anonymous saved results as CSV or JSON, for editors and researchers.
/// It reads the settings the site would read from the same folder, but never starts a web host.
/// Exit codes: 0 exported, 1 the database could not be read, 2 the command itself was used wrongly.
/// </summary>
public static class ExportCommand
{
    public const string CommandName = "export-results";

    public const int Exported = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;

    private const string Usage = """
        Usage: dotnet run --project src/AttachmentGuide.Web -- export-results [--format csv|json] [--version V] [--output FILE]

        Writes every saved quiz result (or only those of quiz version V) to FILE, or to standard output:
        version, date, the answer to each statement, the two scores and the pattern. Never the result's id
        or anything about its delete link. CSV (the default) follows RFC 4180; JSON is one array of objects.
        The database and the content folder are found as the site finds them (ConnectionStrings:Results,
        Content:Path, appsettings.json, environment variables).
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, Stream standardOutput, TextWriter output, TextWriter error)
    {
        if (!TryParse(args, out var options, out var problem))
        {
            if (problem is null)
            {
                await output.WriteLineAsync(Usage);
                return Exported;
            }

            await error.WriteLineAsync($"{CommandName}: {problem}");
            await error.WriteLineAsync(Usage);
            return BadUsage;
        }

        // The site's own configuration (appsettings, environment, user secrets in Development) and content root;
        // building the builder reads settings only: nothing listens and no migration runs.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        var contentRoot = builder.Environment.ContentRootPath;
        await using var db = await OpenDatabaseAsync(builder.Configuration, contentRoot, error);
        if (db is null)
        {
            return Failed;
        }

        var quiz = ReadQuiz(builder.Configuration[$"{ContentOptions.Section}:Path"], contentRoot, error);
        try
        {
            long count;
            if (options.OutputPath is null)
            {
                count = await ResultsExporter.ExportAsync(db, quiz, options.Format, options.Version, standardOutput, CancellationToken.None);
            }
            else
            {
                await using var file = File.Create(options.OutputPath);
                count = await ResultsExporter.ExportAsync(db, quiz, options.Format, options.Version, file, CancellationToken.None);
            }

            await error.WriteLineAsync($"{CommandName}: exported {count} result{(count == 1 ? "" : "s")}{(options.Version is null ? "" : $" of version {options.Version}")}"
                + $"{(options.OutputPath is null ? "" : $" to {options.OutputPath}")}.");
            return Exported;
        }
        catch (DbException ex)
        {
            await error.WriteLineAsync($"{CommandName}: could not read the results database: {ex.Message}");
            return Failed;
        }
    }

    /// <summary>The database the site is configured for (Database:Provider), opened for reading only where the provider allows.</summary>
    private static async Task<ResultsDbContext?> OpenDatabaseAsync(ConfigurationManager configuration, string contentRoot, TextWriter error)
    {
        var configured = configuration.GetConnectionString("Results");
        if (!DatabaseOptions.TryParse(configuration[$"{DatabaseOptions.Section}:Provider"] ?? nameof(DatabaseProvider.Sqlite), out var provider))
        {
            await error.WriteLineAsync($"{CommandName}: Database:Provider must be Sqlite (the default) or Postgres.");
            return null;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(configured))
            {
                await error.WriteLineAsync($"{CommandName}: Database:Provider is Postgres but ConnectionStrings:Results is not set.");
                return null;
            }

            return new PostgresResultsDbContext(new DbContextOptionsBuilder<PostgresResultsDbContext>().UseNpgsql(configured).Options);
        }

        var connection = new SqliteConnectionStringBuilder(ResultsDatabaseExtensions.ResolveConnectionString(configured, contentRoot))
        {
            Mode = SqliteOpenMode.ReadOnly, // an export never creates or changes the database
        };
        if (connection.DataSource != ":memory:" && !File.Exists(connection.DataSource))
        {
            await error.WriteLineAsync($"{CommandName}: no results database at {connection.DataSource}. Set ConnectionStrings:Results (environment ConnectionStrings__Results).");
            return null;
        }

        return new ResultsDbContext(new DbContextOptionsBuilder<ResultsDbContext>().UseSqlite(connection.ToString()).Options);
    }

    internal sealed record Options(ExportFormat Format, string? Version, string? OutputPath);

    /// <returns>False with a null problem for --help; false with a problem for bad usage.</returns>
    internal static bool TryParse(IReadOnlyList<string> args, out Options options, out string? problem)
    {
        options = new Options(ExportFormat.Csv, null, null);
        problem = null;
        bool formatSet = false, versionSet = false, outputSet = false;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "-h" or "--help":
                    return false;
                case "--format" when !formatSet && value is "csv" or "json":
                    options = options with { Format = value == "json" ? ExportFormat.Json : ExportFormat.Csv };
                    formatSet = true;
                    i++;
                    break;
                case "--version" when !versionSet && !string.IsNullOrWhiteSpace(value) && !value.StartsWith("--", StringComparison.Ordinal):
                    options = options with { Version = value };
                    versionSet = true;
                    i++;
                    break;
                case "--output" when !outputSet && !string.IsNullOrWhiteSpace(value) && !value.StartsWith("--", StringComparison.Ordinal):
                    options = options with { OutputPath = Path.GetFullPath(value) };
                    outputSet = true;
                    i++;
                    break;
                case "--format" or "--version" or "--output":
                    problem = $"{args[i]} needs {(args[i] == "--format" ? "csv or json" : "a value")}, given once.";
                    return false;
                default:
                    problem = $"unexpected argument '{args[i]}'.";
                    return false;
            }
        }

        return true;
    }

    /// <summary>The current quiz, for the CSV's answer columns; without it every row's answers go in one JSON column.</summary>
    private static QuizDefinition? ReadQuiz(string? configuredContent, string contentRoot, TextWriter error)
    {
        var content = ContentServiceCollectionExtensions.ResolveContentPath(configuredContent, contentRoot);
        var file = content is null ? null : Path.Combine(content, QuizParser.DefaultFile);
        if (file is null || !File.Exists(file))
        {
            error.WriteLine($"{CommandName}: warning: no quiz file found, so answers are exported as JSON in the '{ResultsExporter.AnswersColumn}' column.");
            return null;
        }

        var problems = new List<ContentProblem>();
        var quiz = QuizParser.Parse(File.ReadAllText(file), QuizParser.DefaultFile, problems);
        if (quiz is null || problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            error.WriteLine($"{CommandName}: warning: {file} has errors, so answers are exported as JSON in the '{ResultsExporter.AnswersColumn}' column.");
            return null;
        }

        return quiz;
    }
}
