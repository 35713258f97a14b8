using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Takes stale entries off the list during the sweep: those whose window has ended (its last day before today, office
/// time) and those whose last <see cref="WaitlistOptions.MaxUnansweredOffers"/> offers all ran out unanswered (a
/// declined offer is an answer and breaks the run). Only waiting entries are closed, with a conditional update, so two
/// hosts sweeping at once close an entry once and write its e-mail once; the e-mail says why and how to join again.
/// The closed entries stay until retention deletes them with the others (<see cref="WaitlistRetention"/>).
/// </summary>
public sealed class WaitlistClosing(
    OfficeClock clock,
    IOptions<WaitlistOptions> options,
    IOptions<MailOptions> mail,
    DatabaseWrites<BookingDbContext> writes,
    IDbContextFactory<BookingDbContext> contexts,
    ILogger<WaitlistClosing> logger)
{
    /// <returns>How many entries were closed.</returns>
    public async Task<int> CloseStaleAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var max = options.Value.MaxUnansweredOffers;
        List<Guid> passed;
        List<Guid> unanswered = [];
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            passed = await db.WaitlistEntries.AsNoTracking()
                .Where(e => e.State == WaitlistEntryState.Waiting && e.To < today).Select(e => e.Id).ToListAsync(cancellationToken);
            var candidates = await db.WaitlistEntries.AsNoTracking()
                .Where(e => e.State == WaitlistEntryState.Waiting && e.To >= today
                    && db.WaitlistOffers.Count(o => o.EntryId == e.Id && o.Outcome == OfferOutcome.Expired) >= max)
                .Select(e => e.Id).ToListAsync(cancellationToken);
            foreach (var id in candidates)
            {
                var last = await db.WaitlistOffers.AsNoTracking().Where(o => o.EntryId == id)
                    .OrderByDescending(o => o.CreatedAt).Take(max).Select(o => o.Outcome).ToListAsync(cancellationToken);
                if (last.Count == max && last.All(o => o == OfferOutcome.Expired))
                {
                    unanswered.Add(id);
                }
            }
        }

        var closed = 0;
        foreach (var (id, state) in passed.Select(id => (id, WaitlistEntryState.WindowPassed))
                     .Concat(unanswered.Select(id => (id, WaitlistEntryState.Unanswered))))
        {
            if (await CloseAsync(id, state, cancellationToken))
            {
                logger.EntryClosed(id, state);
                closed++;
            }
        }

        return closed;
    }

    private async Task<bool> CloseAsync(Guid id, WaitlistEntryState state, CancellationToken cancellationToken) =>
        await writes.RunAsync(async (db, ct) =>
        {
            var now = clock.UtcNow;
            var taken = await db.WaitlistEntries.Where(e => e.Id == id && e.State == WaitlistEntryState.Waiting)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, state).SetProperty(e => e.ClosedAt, now), ct);
            if (taken == 0)
            {
                return false;
            }

            var entry = await db.WaitlistEntries.AsNoTracking().SingleAsync(e => e.Id == id, ct);
            WaitlistOutbox.Add(db, entry, null, MessageKind.WaitlistClosed, now, mail.Value);
            await db.SaveChangesAsync(ct);
            return true;
        }, closed => closed, cancellationToken);
}
