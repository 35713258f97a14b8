using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;
using Termine.Booking.Waitlist;

namespace Termine.Bot.Admin.Waitlist;

/// <summary>
/// The staff's view of the waiting list of one service: the entries still waiting or offered (by service and state),
/// in the core's own urgency order (<see cref="WaitlistOffers.InUrgencyOrder"/>), with their offers counted.
/// </summary>
public sealed class WaitlistDirectory(IDbContextFactory<BookingDbContext> contexts, OfficeClock clock)
{
    public async Task<IReadOnlyList<WaitlistRow>> ListAsync(string serviceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.ServiceId == serviceId && (e.State == WaitlistEntryState.Waiting || e.State == WaitlistEntryState.Offered))
            .ToListAsync(cancellationToken);
        var ids = entries.Select(e => e.Id).ToList();
        var offers = (await db.WaitlistOffers.AsNoTracking().Where(o => ids.Contains(o.EntryId)).ToListAsync(cancellationToken))
            .ToLookup(o => o.EntryId);
        return WaitlistOffers.InUrgencyOrder(entries, clock.Today)
            .Select(e =>
            {
                var own = offers[e.Id].ToList();
                return new WaitlistRow(e, own.Count,
                    own.Count(o => o.Outcome == OfferOutcome.Accepted),
                    own.Count(o => o.Outcome == OfferOutcome.Declined),
                    own.Count(o => o.Outcome == OfferOutcome.Expired),
                    own.FirstOrDefault(o => o.Outcome == OfferOutcome.Open));
            })
            .ToList();
    }

    /// <summary>How many are waiting (or have an open offer) per service, for the chooser.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.State == WaitlistEntryState.Waiting || e.State == WaitlistEntryState.Offered)
            .GroupBy(e => e.ServiceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>How many entries the sweep took off the list (window ended, offers unanswered) per service in the last days.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ClosedCountsAsync(int days, CancellationToken cancellationToken)
    {
        var since = clock.ToInstant(clock.Today.AddDays(-days), TimeOnly.MinValue);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WaitlistEntries.AsNoTracking()
            .Where(e => (e.State == WaitlistEntryState.WindowPassed || e.State == WaitlistEntryState.Unanswered) && e.ClosedAt >= since)
            .GroupBy(e => e.ServiceId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>The reference and service of an entry, for the action log and the page's redirect.</summary>
    public async Task<(string Reference, string ServiceId)?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.WaitlistEntries.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Reference, e.ServiceId }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Reference, found.ServiceId);
    }
}
