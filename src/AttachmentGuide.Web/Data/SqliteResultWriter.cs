using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AttachmentGuide.Web.Data;

/// <summary>
/// Every write to the SQLite results file goes through here: one long-lived connection, used by one save or delete at
/// a time. SQLite takes one writer at a time anyway, and queuing writers in memory is far cheaper than letting them
/// collide in the file (where Microsoft.Data.Sqlite answers "busy" by sleeping and retrying). Keeping the connection
/// open keeps its page cache warm and its INSERT prepared, where a pooled connection per save re-registers EF's SQL
/// functions, re-reads the pages another connection changed and parses the statement again.
/// The statements are generated from the EF model, so they follow the schema the migrations create.
/// PostgreSQL takes many writers at once and does not use this class.
/// </summary>
/// <remarks>Takes the service provider, not the SQLite context factory, because building that factory reads the
/// connection string as SQLite's: on PostgreSQL it must never be built.</remarks>
public sealed class SqliteResultWriter(IServiceProvider services) : IDisposable
{
    /// <summary>
    /// In WAL mode a commit with synchronous=NORMAL survives a crash of the process (the WAL is written before the
    /// commit returns) without an fsync per commit; only a power cut or an OS crash can roll back the last commits.
    /// </summary>
    private const string ConnectionPragmas = "PRAGMA synchronous=NORMAL;";

    private readonly SemaphoreSlim _turn = new(1, 1);
    private Statements? _statements;
    private SqliteConnection? _connection;
    private SqliteCommand? _insert;
    private SqliteCommand? _delete;

    /// <summary>One INSERT in its own implicit transaction. Throws (a <see cref="DbException"/>) when the file cannot be written.</summary>
    public async Task InsertAsync(SavedResult row)
    {
        // Not cancellable: a save that was sent is finished, never left in doubt.
        await _turn.WaitAsync(CancellationToken.None);
        try
        {
            var insert = _insert ?? Open().Insert;
            insert.Parameters.Clear();
            foreach (var column in _statements!.Columns)
            {
                column.AddParameter(insert, row);
            }

            Execute(insert);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Deletes the row with this id; returns how many rows went (0 or 1).</summary>
    public async Task<int> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            var delete = _delete ?? Open().Delete;
            delete.Parameters.Clear();
            _statements!.Key.AddParameter(delete, id);
            return Execute(delete);
        }
        finally
        {
            _turn.Release();
        }
    }

    public void Dispose()
    {
        Close();
        _turn.Dispose();
    }

    private int Execute(SqliteCommand command)
    {
        // A file that was deleted or moved away while open would still take writes, and they would be lost with it:
        // better to say "not saved" now. A stat per write is cheap next to the write.
        if (_statements!.DatabaseFile is { } file && !File.Exists(file))
        {
            Close();
            throw new SqliteException("The results database file is gone.", errorCode: 14); // SQLITE_CANTOPEN
        }

        try
        {
            return command.ExecuteNonQuery();
        }
        catch
        {
            // Start from a fresh connection next time, in case this one is what went wrong.
            Close();
            throw;
        }
    }

    private (SqliteCommand Insert, SqliteCommand Delete) Open()
    {
        if (_statements is null)
        {
            using var db = services.GetRequiredService<IDbContextFactory<ResultsDbContext>>().CreateDbContext();
            _statements = Statements.For(db);
        }

        var connection = new SqliteConnection(_statements.ConnectionString);
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = ConnectionPragmas;
                pragmas.ExecuteNonQuery();
            }

            _insert = connection.CreateCommand();
            _insert.CommandText = _statements.InsertSql;
            _delete = connection.CreateCommand();
            _delete.CommandText = _statements.DeleteSql;
            _connection = connection;
            return (_insert, _delete);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Close()
    {
        _insert?.Dispose();
        _delete?.Dispose();
        if (_connection is not null)
        {
            // Otherwise the pool keeps the file handle and hands it back on the next open, still pointing at a
            // file that may have been deleted or replaced since.
            SqliteConnection.ClearPool(_connection);
            _connection.Dispose();
        }

        (_insert, _delete, _connection) = (null, null, null);
    }

    /// <summary>The SQL and parameters for the results table, read from the EF model once.</summary>
    private sealed record Statements(string ConnectionString, string InsertSql, string DeleteSql, IReadOnlyList<Column> Columns, Column Key)
    {
        /// <summary>Null for an in-memory database, which has no file to lose.</summary>
        public string? DatabaseFile { get; } = ResultsDatabaseExtensions.SqliteFile(ConnectionString);

        public static Statements For(ResultsDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(SavedResult))!;
            var sql = db.GetService<ISqlGenerationHelper>();
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties()
                .Select((property, i) => new Column(property, sql.DelimitIdentifier(property.GetColumnName(table)!), "$p" + i))
                .ToList();
            var key = columns.Single(c => c.Property.IsPrimaryKey());
            var tableName = sql.DelimitIdentifier(table.Name, table.Schema);

            return new Statements(
                db.Database.GetConnectionString()!,
                $"INSERT INTO {tableName} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select(c => c.Parameter))});",
                $"DELETE FROM {tableName} WHERE {key.Name} = {key.Parameter};",
                columns,
                key);
        }
    }

    /// <summary>A column, and how EF turns a property's value into a parameter for it (its type mapping and converter).</summary>
    private sealed record Column(IProperty Property, string Name, string Parameter)
    {
        private readonly RelationalTypeMapping _mapping = Property.GetRelationalTypeMapping();
        private readonly IClrPropertyGetter _getter = Property.GetGetter();

        public void AddParameter(SqliteCommand command, SavedResult row) => AddParameter(command, _getter.GetClrValue(row));

        public void AddParameter(SqliteCommand command, object? value) =>
            command.Parameters.Add(_mapping.CreateParameter(command, Parameter, value, Property.IsNullable));
    }
}
