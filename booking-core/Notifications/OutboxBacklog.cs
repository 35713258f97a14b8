using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;

namespace Termine.Booking.Notifications;

/// <summary>How far the outbox is behind, for readiness: one query on the (Status, NextAttemptAt) index.</summary>
public sealed class OutboxBacklog(IDbContextFactory<BookingDbContext> contexts, TimeProvider time)
{
    /// <summary>How long the longest-waiting due message has been due, or null when nothing is due.</summary>
    public async Task<TimeSpan?> OldestDueAgeAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var oldest = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
        return now - oldest;
    }
}
