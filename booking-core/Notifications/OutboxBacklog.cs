using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;

namespace Termine.Booking.Notifications;

/// <summary>
/// How far the outbox is behind: for readiness, whether a message waits past its next attempt (no host is sending);
/// for the metrics, how many are due and how long the oldest has been due since it was first meant to go, retries
/// included (mail not going out).
/// </summary>
public sealed class OutboxBacklog(IDbContextFactory<BookingDbContext> contexts, TimeProvider time)
{
    /// <summary>The messages due and unsent at <paramref name="now"/>, and the age of the oldest; synchronous, as a metrics callback is.</summary>
    public (long Due, TimeSpan OldestAge) Due(DateTimeOffset now)
    {
        using var db = contexts.CreateDbContext();
        var due = db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending && m.DueAt <= now);
        var count = due.Count();
        var oldest = count == 0 ? now : due.OrderBy(m => m.DueAt).Select(m => m.DueAt).First();
        return (count, now - oldest);
    }

    /// <summary>How long the longest-waiting message has been past its next attempt, or null when none is.</summary>
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
