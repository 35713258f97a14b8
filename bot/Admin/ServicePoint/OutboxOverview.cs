using Microsoft.EntityFrameworkCore;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Bot.Admin.ServicePoint;

/// <summary>The outbox as staff see it: what failed for good and what is still being retried.</summary>
public sealed class OutboxOverview(IDbContextFactory<BookingDbContext> contexts, OfficeClock clock)
{
    public const int MaxRows = 200;

    public async Task<IReadOnlyList<UndeliveredMessage>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Failed || (m.Status == OutboxStatus.Pending && m.Attempts > 0))
            // Only messages about an appointment: the waiting list's "on the list" e-mail has none.
            .Join(db.Appointments, m => m.AppointmentId, a => (Guid?)a.Id, (m, a) => new
            {
                m.Id, m.Kind, m.Channel, m.Status, AppointmentId = a.Id, a.Reference, m.Attempts, m.NextAttemptAt, m.LastError,
                // What the dispatcher can still compose: a row from before composing at send time, or an appointment not anonymised.
                CanRetry = m.Content != null || a.AnonymisedAt == null,
            })
            .OrderBy(m => m.NextAttemptAt)
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        return rows
            .Select(m => new UndeliveredMessage(m.Id, m.Kind, m.Channel, m.Status, m.AppointmentId, m.Reference, m.Attempts,
                clock.ToLocal(m.NextAttemptAt), m.LastError, m.CanRetry))
            .ToList();
    }
}
