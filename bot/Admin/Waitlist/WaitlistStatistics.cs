using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;
using Termine.Booking.Waitlist;

namespace Termine.Bot.Admin.Waitlist;

/// <summary>
/// Counts the waiting list's offers and the reconfirmation for a range of days in the database (plain counts over
/// indexed columns, the same SQL on SQLite and PostgreSQL); only the median waiting time is taken in memory, over the
/// entries that booked within the range.
/// </summary>
public sealed class WaitlistStatistics(IDbContextFactory<BookingDbContext> contexts, OfficeClock clock)
{
    public async Task<WaitlistReport> ReportAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = clock.ToInstant(from, TimeOnly.MinValue);
        var end = clock.ToInstant(to.AddDays(1), TimeOnly.MinValue);
        var todayStart = clock.ToInstant(clock.Today, TimeOnly.MinValue);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var offers = db.WaitlistOffers.AsNoTracking().Where(o => o.CreatedAt >= start && o.CreatedAt < end);
        var outcomes = await offers.GroupBy(o => o.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(OfferOutcome outcome) => outcomes.FirstOrDefault(o => o.Key == outcome)?.Count ?? 0;

        var appointments = db.Appointments.AsNoTracking().Where(a => a.Start >= start && a.Start < end && a.Reference != null);
        var freed = await appointments.CountAsync(a => a.Status == AppointmentStatus.Cancelled, cancellationToken);
        var asked = appointments.Where(a => a.Status != AppointmentStatus.Cancelled
            && db.OutboxMessages.Any(m => m.AppointmentId == a.Id && m.AsksToReconfirm && m.Status == OutboxStatus.Sent));
        var askedCount = await asked.CountAsync(cancellationToken);
        var confirmed = await asked.CountAsync(a => a.ReconfirmedAt != null, cancellationToken);
        var decided = appointments.Where(a => a.Start < todayStart && (a.Status == AppointmentStatus.Done || a.Status == AppointmentStatus.NoShow));
        var askedDecided = decided.Where(a => db.OutboxMessages.Any(m => m.AppointmentId == a.Id && m.AsksToReconfirm && m.Status == OutboxStatus.Sent));
        var notAskedDecided = decided.Where(a => !db.OutboxMessages.Any(m => m.AppointmentId == a.Id && m.AsksToReconfirm && m.Status == OutboxStatus.Sent));

        var waits = (await db.WaitlistEntries.AsNoTracking()
                .Where(e => e.State == WaitlistEntryState.Booked && e.ClosedAt >= start && e.ClosedAt < end)
                .Select(e => new { e.JoinedAt, e.ClosedAt })
                .ToListAsync(cancellationToken))
            .Select(e => e.ClosedAt!.Value - e.JoinedAt).Order().ToList();

        var closed = await db.WaitlistEntries.AsNoTracking()
            .Where(e => (e.State == WaitlistEntryState.WindowPassed || e.State == WaitlistEntryState.Unanswered) && e.ClosedAt >= start && e.ClosedAt < end)
            .GroupBy(e => e.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Closed(WaitlistEntryState state) => closed.FirstOrDefault(c => c.Key == state)?.Count ?? 0;

        return new WaitlistReport(
            freed,
            Count(OfferOutcome.Accepted),
            outcomes.Sum(o => o.Count),
            Count(OfferOutcome.Accepted),
            Count(OfferOutcome.Declined),
            Count(OfferOutcome.Expired),
            Count(OfferOutcome.Withdrawn),
            Median(waits),
            waits.Count,
            askedCount,
            confirmed,
            new(await askedDecided.CountAsync(cancellationToken), await askedDecided.CountAsync(a => a.Status == AppointmentStatus.NoShow, cancellationToken)),
            new(await notAskedDecided.CountAsync(cancellationToken), await notAskedDecided.CountAsync(a => a.Status == AppointmentStatus.NoShow, cancellationToken)),
            Closed(WaitlistEntryState.WindowPassed),
            Closed(WaitlistEntryState.Unanswered));
    }

    private static TimeSpan? Median(List<TimeSpan> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };
}
