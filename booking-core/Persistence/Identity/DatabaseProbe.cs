using Microsoft.EntityFrameworkCore;

namespace Termine.Booking.Persistence.Identity;

/// <summary>
/// Asks whether the database is readable, writable and still the one opened at start, for readiness. The write is
/// the identity row's <see cref="DatabaseIdentity.CheckedAt"/>, conditional on the id, so it proves all three at once
/// and leaves no data behind.
/// </summary>
public sealed class DatabaseProbe(IDbContextFactory<BookingDbContext> contexts, DatabaseGuard guard, TimeProvider time)
{
    public async Task<DatabaseState> ProbeAsync(CancellationToken cancellationToken)
    {
        if (guard.CheckFile() is { } lost)
        {
            return new DatabaseState.Unavailable(lost);
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var databaseId = guard.DatabaseId;
            var now = time.GetUtcNow();
            var touched = await db.DatabaseIdentity
                .Where(i => i.Id == DatabaseIdentity.SingleRow && i.DatabaseId == databaseId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.CheckedAt, now), cancellationToken);
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
