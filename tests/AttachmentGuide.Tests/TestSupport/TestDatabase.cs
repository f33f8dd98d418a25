using AttachmentGuide.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AttachmentGuide.Tests.TestSupport;

/// <summary>
/// A fresh, empty results database on either provider, owned by one test: an SQLite file in the temp folder, or a
/// database with a random name on the PostgreSQL server named by <see cref="ServerVariable"/>, dropped at the end,
/// so tests run in parallel without seeing each other's rows.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>A connection string to a server where the tests may create databases; .ci/run starts one and sets it.</summary>
    public const string ServerVariable = "AG_TEST_POSTGRES";

    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        SqlitePath = sqlitePath;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>What the site is given as <c>ConnectionStrings:Results</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>The file, for SQLite; null on PostgreSQL.</summary>
    public string? SqlitePath { get; }

    /// <summary>
    /// The server's connection string. Without one, PostgreSQL cases are skipped with the reason shown, except under
    /// CI=true, where a missing server would silently turn half the database tests into skips: that fails instead.
    /// </summary>
    public static string RequirePostgresServer()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        const string Reason = $"No PostgreSQL server: set {ServerVariable} to a connection string whose user may create databases (.ci/run starts a throwaway server and sets it).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Reason);
        }

        Assert.Skip(Reason);
        return "";
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"ag-results-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={path};Pooling=False", path, null);
        }

        var server = new NpgsqlConnectionStringBuilder(RequirePostgresServer());
        var name = $"ag_test_{Guid.NewGuid():N}";
        await using (var maintenance = new NpgsqlConnection(server.ConnectionString))
        {
            await maintenance.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", maintenance);
            await create.ExecuteNonQueryAsync();
        }

        server.Database = name;
        return new TestDatabase(provider, server.ConnectionString, null, name);
    }

    /// <summary>The columns of a table as the database itself reports them, sorted by name.</summary>
    public async Task<List<string>> ColumnsAsync(string table)
    {
        var columns = new List<string>();
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={SqlitePath};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM pragma_table_info($table) ORDER BY name";
            command.Parameters.AddWithValue("$table", table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }
        else
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table", connection);
            command.Parameters.AddWithValue("table", table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        return [.. columns.Order(StringComparer.Ordinal)];
    }

    /// <summary>A count straight from the database, not through the app.</summary>
    public async Task<long> CountAsync(string table)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={SqlitePath};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return (long)(await command.ExecuteScalarAsync())!;
        }

        await using var postgres = new NpgsqlConnection(ConnectionString);
        await postgres.OpenAsync();
        await using var count = new NpgsqlCommand($"SELECT COUNT(*) FROM \"{table}\"", postgres);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (SqlitePath is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                try
                {
                    File.Delete(SqlitePath + suffix);
                }
                catch (IOException)
                {
                    // A temp file left behind is harmless.
                }
            }
        }

        await DropAsync();
    }

    /// <summary>Drops a PostgreSQL database even while a site is connected to it, as a failing server would vanish.</summary>
    public async Task DropAsync()
    {
        if (_postgresName is not null)
        {
            // The sites' pooled connections may still be open; FORCE ends them (PostgreSQL 13 and later).
            var server = new NpgsqlConnectionStringBuilder(RequirePostgresServer()) { Pooling = false };
            await using var maintenance = new NpgsqlConnection(server.ConnectionString);
            await maintenance.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", maintenance);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
