using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Termine.Booking.Persistence.Writes;

/// <summary>
/// The one way to write to the database: a unit of work gets a fresh context inside a transaction, and what it saved
/// is committed only when its result says so. On SQLite every unit goes through the process's
/// <see cref="SqliteWriteQueue"/> (one writer, group commit); on PostgreSQL each runs in its own transaction, side by
/// side. Contexts from <see cref="IDbContextFactory{TContext}"/> are for reading only.
/// </summary>
/// <remarks>
/// A unit must not start another unit (on SQLite it would wait for the queue that is running it, forever), nor wait
/// for anything but the database: every other writer waits behind it.
/// </remarks>
public sealed class DatabaseWrites<TContext>
    where TContext : DbContext
{
    private readonly DatabaseOptions _options;
    private readonly IDbContextFactory<TContext> _contexts;
    private readonly SqliteWriteQueue _queue;
    private readonly Func<DbConnection, TContext> _onSqliteConnection;

    public DatabaseWrites(
        IOptions<DatabaseOptions> options,
        IDbContextFactory<TContext> contexts,
        SqliteWriteQueue queue,
        Func<DbConnection, TContext> onSqliteConnection)
    {
        _options = options.Value;
        _contexts = contexts;
        _queue = queue;
        _onSqliteConnection = onSqliteConnection;
    }

    /// <summary>Runs <paramref name="work"/> and commits what it saved when <paramref name="commitWhen"/> says so; otherwise undoes all of it.</summary>
    /// <exception cref="DbUpdateException">A save failed; nothing of the unit is in the database.</exception>
    public Task<T> RunAsync<T>(Func<TContext, CancellationToken, Task<T>> work, Func<T, bool> commitWhen, CancellationToken cancellationToken)
    {
        if (UnitOfWorkScope.IsInside)
        {
            throw new InvalidOperationException("A unit of work cannot start another one: give it the context it already has.");
        }

        return _options.Provider == DatabaseProvider.Postgres
            ? RunInOwnTransactionAsync(work, commitWhen, cancellationToken)
            : RunQueuedAsync(work, commitWhen, cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> and commits what it saved unless it throws.</summary>
    public Task<T> RunAsync<T>(Func<TContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(work, static _ => true, cancellationToken);

    /// <summary>Runs <paramref name="work"/> and commits what it saved unless it throws.</summary>
    public Task RunAsync(Func<TContext, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync<bool>(async (db, ct) =>
        {
            await work(db, ct);
            return true;
        }, static _ => true, cancellationToken);

    private async Task<T> RunInOwnTransactionAsync<T>(
        Func<TContext, CancellationToken, Task<T>> work, Func<T, bool> commitWhen, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        using var writable = ReadOnlyContexts.AllowWrites(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var committed = false;
        UnitOfWorkScope.Enter();
        try
        {
            var result = await work(db, cancellationToken);
            UnitOfWorkScope.Leave();
            if (commitWhen(result))
            {
                await transaction.CommitAsync(cancellationToken);
                committed = true;
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }

            return result;
        }
        finally
        {
            UnitOfWorkScope.Leave();
            (db as IUnitOfWorkContext)?.EndUnitOfWork(committed);
        }
    }

    private Task<T> RunQueuedAsync<T>(
        Func<TContext, CancellationToken, Task<T>> work, Func<T, bool> commitWhen, CancellationToken cancellationToken)
    {
        var unit = new Unit<T>(this, work, commitWhen, cancellationToken);
        _queue.Enqueue(unit);
        return unit.Outcome;
    }

    /// <summary>A unit of work on the queue's connection, with a context of this type bound to it.</summary>
    private sealed class Unit<T>(
        DatabaseWrites<TContext> writes,
        Func<TContext, CancellationToken, Task<T>> work,
        Func<T, bool> commitWhen,
        CancellationToken cancellationToken) : WriteUnit(cancellationToken)
    {
        private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private IUnitOfWorkContext? _hooks;
        private T? _result;

        public Task<T> Outcome => _outcome.Task;

        protected override async Task<bool> RunWorkAsync(SqliteConnection connection, SqliteTransaction transaction)
        {
            await using var db = writes._onSqliteConnection(connection);
            db.Database.AutoSavepointsEnabled = false;
            await db.Database.UseTransactionAsync(transaction, CancellationToken.None);
            _hooks = db as IUnitOfWorkContext;
            UnitOfWorkScope.Enter();
            try
            {
                _result = await work(db, CancellationToken.None);
            }
            finally
            {
                UnitOfWorkScope.Leave();
            }

            return commitWhen(_result);
        }

        public override void Finished(bool committed)
        {
            _hooks?.EndUnitOfWork(committed);
            _outcome.TrySetResult(_result!);
        }

        public override void Failed(Exception exception)
        {
            _hooks?.EndUnitOfWork(committed: false);
            if (exception is OperationCanceledException canceled)
            {
                _outcome.TrySetCanceled(canceled.CancellationToken);
            }
            else
            {
                _outcome.TrySetException(exception);
            }
        }
    }
}
