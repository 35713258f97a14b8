using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Identity;

namespace Termine.Booking.Persistence.Writes;

/// <summary>
/// The one writer of the SQLite database in this process. SQLite lets one connection write at a time; writers that
/// race for the lock sleep in its busy handler, and each commit waits for its own fsync. Here callers queue their
/// units of work without blocking a thread, and one loop runs every unit that is waiting, each under its own
/// savepoint, in one transaction with one commit (group commit): the disk's commit rate is shared by the whole batch.
/// A unit that fails or keeps nothing is undone alone; readers use their own connections and never wait (WAL).
/// </summary>
public sealed class SqliteWriteQueue : IAsyncDisposable
{
    /// <summary>
    /// The most units one transaction carries: enough to share a commit among every resident of a rush, few enough
    /// that the last of them still hears back within a few milliseconds of work.
    /// </summary>
    internal const int MaxBatch = 128;

    private readonly Channel<WriteUnit> _waiting = Channel.CreateUnbounded<WriteUnit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly DatabaseOptions _options;
    private readonly DatabaseGuard _guard;
    private readonly ILogger<SqliteWriteQueue> _logger;
    private readonly Lazy<Task> _loop;
    private SqliteConnection? _connection;

    public SqliteWriteQueue(IOptions<DatabaseOptions> options, DatabaseGuard guard, ILogger<SqliteWriteQueue> logger)
    {
        // Read only when the first SQLite connection opens: on PostgreSQL the queue is made (as a dependency) but never used.
        _options = options.Value;
        _guard = guard;
        _logger = logger;
        _loop = new Lazy<Task>(StartLoop, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal void Enqueue(WriteUnit unit)
    {
        _ = _loop.Value;
        if (!_waiting.Writer.TryWrite(unit))
        {
            unit.Failed(new ObjectDisposedException(nameof(SqliteWriteQueue), "The database's write queue has stopped: the host is shutting down."));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        if (_loop.IsValueCreated)
        {
            await _loop.Value;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    /// <summary>
    /// Starts the loop without the first caller's execution context: it would otherwise carry that request's
    /// async-locals (its span, its HTTP context) for the life of the process.
    /// </summary>
    private Task StartLoop()
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteUnit>(MaxBatch);
        // Units a broken batch did not reach are still in it: they run next, without waiting for a newcomer.
        while (batch.Count > 0 || await _waiting.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && _waiting.Reader.TryRead(out var unit))
            {
                batch.Add(unit);
            }

            await RunBatchAsync(batch);
        }
    }

    /// <summary>Runs the units from the start of <paramref name="batch"/> and removes those it finished.</summary>
    private async Task RunBatchAsync(List<WriteUnit> batch)
    {
        var pending = new List<WriteUnit>(batch.Count);
        var ran = 0;
        try
        {
            var connection = await ConnectionAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(CancellationToken.None);
            Exception? broken = null;
            for (; ran < batch.Count && broken is null; ran++)
            {
                var unit = batch[ran];
                if (unit.CancellationToken.IsCancellationRequested)
                {
                    unit.Failed(new OperationCanceledException(unit.CancellationToken));
                    continue;
                }

                broken = await RunUnitAsync(unit, connection, transaction, pending);
            }

            if (broken is not null)
            {
                _logger.SqliteTransactionLost(pending.Count, broken);
                FailAll(pending, broken);
                return;
            }

            if (pending.Count == 0)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                return;
            }

            await transaction.CommitAsync(CancellationToken.None);
            foreach (var unit in pending)
            {
                unit.Finished(committed: true);
            }
        }
        catch (Exception ex)
        {
            // Opening, beginning or committing failed: nothing of the batch is in the database.
            ForgetConnection();
            FailAll(pending, ex);
            for (; ran < batch.Count; ran++)
            {
                batch[ran].Failed(ex);
            }
        }
        finally
        {
            batch.RemoveRange(0, ran);
        }
    }

    /// <summary>
    /// Runs one unit under its own savepoint. Returns the error when SQLite ended the whole transaction (a full disk,
    /// an I/O error): then nothing of the batch can be kept.
    /// </summary>
    private static async Task<Exception?> RunUnitAsync(
        WriteUnit unit, SqliteConnection connection, SqliteTransaction transaction, List<WriteUnit> pending)
    {
        const string Savepoint = "unit";
        await transaction.SaveAsync(Savepoint, CancellationToken.None);
        bool keep;
        try
        {
            keep = await unit.RunAsync(connection, transaction);
        }
        catch (Exception ex)
        {
            if (!InTransaction(connection))
            {
                unit.Failed(ex);
                return ex;
            }

            await transaction.RollbackAsync(Savepoint, CancellationToken.None);
            await transaction.ReleaseAsync(Savepoint, CancellationToken.None);
            unit.Failed(ex);
            return null;
        }

        if (keep)
        {
            await transaction.ReleaseAsync(Savepoint, CancellationToken.None);
            pending.Add(unit);
        }
        else
        {
            await transaction.RollbackAsync(Savepoint, CancellationToken.None);
            await transaction.ReleaseAsync(Savepoint, CancellationToken.None);
            unit.Finished(committed: false);
        }

        return null;
    }

    private static bool InTransaction(SqliteConnection connection) =>
        connection.Handle is { } handle && SQLitePCL.raw.sqlite3_get_autocommit(handle) == 0;

    private static void FailAll(List<WriteUnit> units, Exception exception)
    {
        foreach (var unit in units)
        {
            unit.Failed(exception);
        }

        units.Clear();
    }

    /// <summary>
    /// The writer's connection, kept open between batches. Before each batch the guard checks that the file it has
    /// open is still the one at the path; a replaced or deleted file is never written to again through it.
    /// </summary>
    private async Task<SqliteConnection> ConnectionAsync()
    {
        if (_guard.CheckFile() is { } reason)
        {
            ForgetConnection();
            throw new DatabaseUnavailableException(reason);
        }

        if (_connection is { State: System.Data.ConnectionState.Open } open)
        {
            return open;
        }

        ForgetConnection();
        var connection = new SqliteConnection(PersistenceServiceCollectionExtensions.SqliteConnectionString(_options.ConnectionString));
        await connection.OpenAsync(CancellationToken.None);
        await using (var command = connection.CreateCommand())
        {
            // Another process (the create-admin command, a backup) may still hold the lock now and then.
            command.CommandText = "PRAGMA busy_timeout = 30000;";
            await command.ExecuteNonQueryAsync(CancellationToken.None);
        }

        _connection = connection;
        return connection;
    }

    private void ForgetConnection()
    {
        _connection?.Dispose();
        _connection = null;
    }
}
