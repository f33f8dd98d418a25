using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace AttachmentGuide.Web.Data;

/// <summary>
/// Per-connection SQLite settings. In WAL mode, synchronous=NORMAL makes a commit durable against a crash of the
/// process (the WAL is written before the commit returns) without an fsync per commit; only a power cut or an
/// OS crash can roll back the last few commits. That trade buys an order of magnitude in saves per second.
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite)
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>
/// SQLite takes one writer at a time. Queuing writers here, in memory, is far cheaper than letting them collide
/// in SQLite, where Microsoft.Data.Sqlite answers "busy" by sleeping and retrying. PostgreSQL takes many writers
/// (and other nodes write too), so there the gate lets everyone through at once.
/// </summary>
public sealed class ResultWriteGate(IOptions<DatabaseOptions> options) : IDisposable
{
    private static readonly IDisposable Open = new Releaser(null);

    private readonly SemaphoreSlim? _gate = options.Value.Kind == DatabaseProvider.Sqlite ? new(1, 1) : null;

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (_gate is null)
        {
            return Open;
        }

        await _gate.WaitAsync(cancellationToken);
        return new Releaser(_gate);
    }

    public void Dispose() => _gate?.Dispose();

    private sealed class Releaser(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
