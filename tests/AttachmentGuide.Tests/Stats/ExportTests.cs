using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AttachmentGuide.Tests.TestSupport;
using AttachmentGuide.Web.Data;
using AttachmentGuide.Web.Export;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;

namespace AttachmentGuide.Tests.Stats;

public sealed class ExportTests
{
    // Values a CSV writer must quote: a comma, a quote and a line break, in a version and a pattern.
    private const string AwkwardVersion = "v,\"1\"";
    private const string AwkwardPattern = "secure,\r\nor \"not\"";

    [Fact]
    public async Task Csv_round_trips_through_a_csv_reader_with_commas_quotes_and_line_breaks()
    {
        using var site = await SeededSiteAsync();
        var quiz = Seeding.Quiz(site);

        var text = await ExportAsync(site, ExportFormat.Csv, version: null);

        using var reader = CsvReader.Create(new StringReader(text));
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            records.Add(reader.Headers.ToDictionary(h => h, reader.GetString));
        }

        Assert.Equal(["version", "date", .. quiz.Statements.Select(s => s.Id), "anxiety", "avoidance", "pattern", "answers"], reader.Headers);
        Assert.Equal(3, records.Count);
        var awkward = Assert.Single(records, r => r["version"] == AwkwardVersion);
        Assert.Equal(AwkwardPattern, awkward["pattern"]);
        Assert.Equal("{\"old-one\":3}", awkward["answers"]);
        Assert.Equal("", awkward[quiz.Statements[0].Id]);
        var current = records.First(r => r["version"] == quiz.Version && r[quiz.Statements[0].Id] == "2");
        Assert.Equal("2", current[quiz.Statements[0].Id]);
        Assert.Equal("", current["answers"]);
        var expected = AttachmentGuide.Web.Quiz.Scorer.Score(quiz, Seeding.Uniform(quiz, 2));
        Assert.Equal((double)expected.Anxiety, double.Parse(current["anxiety"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Placement.Key, current["pattern"]);
        Assert.Equal("2026-03-01", current["date"]);
    }

    [Fact]
    public async Task Csv_for_one_earlier_version_has_that_versions_statement_columns()
    {
        using var site = await SeededSiteAsync();

        var text = await ExportAsync(site, ExportFormat.Csv, AwkwardVersion);

        using var reader = CsvReader.Create(new StringReader(text));
        Assert.True(reader.Read());
        Assert.Equal(["version", "date", "old-one", "anxiety", "avoidance", "pattern"], reader.Headers);
        Assert.Equal("3", reader.GetString("old-one"));
        Assert.False(reader.Read());
    }

    [Fact]
    public async Task Json_is_one_parseable_array_without_ids_or_delete_token_hashes()
    {
        using var site = await SeededSiteAsync();
        var stored = await site.ReadResultsAsync();

        var text = await ExportAsync(site, ExportFormat.Json, version: null);

        using var json = JsonDocument.Parse(text);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(["version", "date", "answers", "anxiety", "avoidance", "pattern"], r.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(AwkwardPattern, rows.Single(r => r.GetProperty("version").GetString() == AwkwardVersion).GetProperty("pattern").GetString());
        foreach (var row in stored)
        {
            Assert.DoesNotContain(row.Id, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToBase64String(row.DeleteTokenHash), text, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToHexString(row.DeleteTokenHash), text, StringComparison.OrdinalIgnoreCase);
        }

        var csv = await ExportAsync(site, ExportFormat.Csv, version: null);
        Assert.All(stored, row => Assert.DoesNotContain(row.Id, csv, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--version")]
    [InlineData("--output")]
    [InlineData("--colour", "blue")]
    [InlineData("--format", "csv", "--format", "json")]
    public async Task Bad_arguments_print_the_usage_and_exit_2(params string[] args)
    {
        var (exit, output, error) = await RunAppAsync(null, ["export-results", .. args]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("Usage: dotnet run --project src/AttachmentGuide.Web -- export-results", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_exports_the_sites_database_to_a_file_without_starting_the_site()
    {
        using var site = await SeededSiteAsync();
        var file = Path.Combine(Path.GetTempPath(), $"ag-export-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, output, error) = await RunAppAsync(site.DatabasePath, ["export-results", "--format", "json", "--output", file]);

            Assert.Equal(0, exit);
            Assert.DoesNotContain("Now listening", output + error, StringComparison.Ordinal);
            Assert.Contains("exported 3 results", error, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
            Assert.Equal(3, json.RootElement.GetArrayLength());
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<SiteFactory> SeededSiteAsync()
    {
        var site = new SiteFactory(Repo.CopyContent());
        var quiz = Seeding.Quiz(site);
        await Seeding.SaveAsync(site, [Seeding.Uniform(quiz, 2), Seeding.Uniform(quiz, 5)], firstDay: new DateOnly(2026, 3, 1));
        await Seeding.AddAsync(site, [Seeding.Row(AwkwardVersion, new DateOnly(2025, 12, 24), [("old-one", 3)], 3, 3, AwkwardPattern)]);
        return site;
    }

    private static async Task<string> ExportAsync(SiteFactory site, ExportFormat format, string? version)
    {
        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ResultsDbContext>();
        using var output = new MemoryStream();
        await ResultsExporter.ExportAsync(db, Seeding.Quiz(site), format, version, output, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_export_command_reads_whichever_database_the_site_is_configured_for(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var site = new SiteFactory(Repo.CopyContent(), database: database);
        var quiz = Seeding.Quiz(site);
        await Seeding.SaveAsync(site, [Seeding.Uniform(quiz, 2), Seeding.Uniform(quiz, 6)]);
        var settings = provider == DatabaseProvider.Postgres
            ? new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__Results"] = database.ConnectionString }
            : new Dictionary<string, string> { ["ConnectionStrings__Results"] = $"Data Source={database.SqlitePath}" };

        var (exit, output, error) = await RunAppAsync(null, ["export-results", "--format", "json"], settings);

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), row => Assert.Equal(quiz.Version, row.GetProperty("version").GetString()));
        Assert.DoesNotContain("DeleteTokenHash", output, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAppAsync(string? databasePath, string[] args, Dictionary<string, string>? settings = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AttachmentGuide.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (databasePath is not null)
        {
            start.Environment["ConnectionStrings__Results"] = $"Data Source={databasePath}";
        }

        start.Environment["Content__Path"] = Repo.Content;
        foreach (var (name, value) in settings ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
