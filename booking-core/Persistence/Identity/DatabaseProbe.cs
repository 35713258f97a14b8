using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Writes;

namespace Termine.Booking.Persistence.Identity;

/// <summary>
/// Asks whether the database is readable, writable and still the one opened at start, for readiness. The write is
/// the identity row's <see cref="DatabaseIdentity.CheckedAt"/>, conditional on the id, so it proves all three at once
/// and leaves no data behind. It goes through <see cref="DatabaseWrites{TContext}"/> like every write, so on SQLite
/// it also proves that the write queue answers.
/// </summary>
public sealed class DatabaseProbe(DatabaseWrites<BookingDbContext> writes, DatabaseGuard guard, TimeProvider time)
{
    public async Task<DatabaseState> ProbeAsync(CancellationToken cancellationToken)
    {
        if (guard.CheckFile() is { } lost)
        {
            return new DatabaseState.Unavailable(lost);
        }

        try
        {
            var databaseId = guard.DatabaseId;
            var now = time.GetUtcNow();
            var touched = await writes.RunAsync(
                (db, ct) => db.DatabaseIdentity
                    .Where(i => i.Id == DatabaseIdentity.SingleRow && i.DatabaseId == databaseId)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.CheckedAt, now), ct),
                cancellationToken);
            return touched == 1 ? new DatabaseState.Available() : new DatabaseState.Unavailable(DatabaseUnavailableReason.OtherDatabase);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return DatabaseUnavailableException.ReasonOf(ex) is { } reason
                ? new DatabaseState.Unavailable(reason)
                : new DatabaseState.Unreachable(ex.GetType().Name);
        }
    }
}
