using AttachmentGuide.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace AttachmentGuide.Tests.Data;

/// <summary>Migrations run beside the rest of start-up; these pin down what may not change because of it.</summary>
public sealed class MigrationStartupTests
{
    [Fact]
    public void Once_the_site_has_started_the_results_table_is_there()
    {
        using var site = new SiteFactory(Repo.CopyContent());

        _ = site.Server; // starts the host and returns when it reports itself started; no request made

        using var connection = new SqliteConnection($"Data Source={site.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Results";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [Fact]
    public void A_database_that_cannot_be_created_stops_start_up_with_the_reason()
    {
        // The folder the database should go in is a file, so neither the folder nor the database can be made.
        var blocker = Path.Combine(Path.GetTempPath(), $"ag-not-a-folder-{Guid.NewGuid():N}");
        File.WriteAllText(blocker, "");
        try
        {
            using var site = new SiteFactory(Repo.CopyContent(), databasePath: Path.Combine(blocker, "results.db"));

            var error = Assert.ThrowsAny<Exception>(() => site.Server);

            Assert.Contains(blocker, error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }
}
