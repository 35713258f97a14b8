using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Termine.Booking.Persistence.Writes;

/// <summary>
/// One caller's unit of work waiting in the <see cref="SqliteWriteQueue"/>. It runs on the queue's connection inside
/// the batch's transaction, and its caller hears the outcome only once that outcome is final: after the batch's
/// commit when it wrote something to keep, at once when it kept nothing or failed.
/// </summary>
internal abstract class WriteUnit(CancellationToken cancellationToken)
{
    /// <summary>The caller's span, so the unit's database calls show up beneath it although the queue runs them.</summary>
    private readonly Activity? _callerActivity = Activity.Current;

    /// <summary>Cancels only the wait in the queue: once started, a unit runs to its end, so it never breaks the batch.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Runs the work; true when it wrote what it wants committed, false when it wants all of it undone.</summary>
    public async Task<bool> RunAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var queueActivity = Activity.Current;
        Activity.Current = _callerActivity;
        try
        {
            return await RunWorkAsync(connection, transaction);
        }
        finally
        {
            Activity.Current = queueActivity;
        }
    }

    protected abstract Task<bool> RunWorkAsync(SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>The batch was committed (or, for a unit that kept nothing, its savepoint undone).</summary>
    public abstract void Finished(bool committed);

    public abstract void Failed(Exception exception);
}
