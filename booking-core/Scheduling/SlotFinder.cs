using Microsoft.EntityFrameworkCore;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;

namespace Termine.Booking.Scheduling;

/// <summary>Free slots for a service, nearest first: the candidates of the grid less the desk time already claimed.</summary>
public sealed class SlotFinder(
    ServiceCatalog catalog, SlotGrid grid, OfficeClock clock, IDbContextFactory<BookingDbContext> contexts)
{
    /// <summary>
    /// Days searched per database round-trip when only the nearest few are wanted; a search for them rarely needs a
    /// second one. A search for all slots reads its whole range in one query.
    /// </summary>
    private const int DaysPerChunk = 14;

    /// <returns>The free slots, or null when the service is unknown.</returns>
    public async Task<IReadOnlyList<Slot>?> FindAsync(SlotQuery query, CancellationToken cancellationToken)
    {
        var service = catalog.Find(query.ServiceId);
        if (service is null)
        {
            return null;
        }

        var from = query.From < clock.Today ? clock.Today : query.From;
        var to = query.To > grid.Horizon(service) ? grid.Horizon(service) : query.To;
        var daysPerChunk = query.Limit == int.MaxValue ? Math.Max(to.DayNumber - from.DayNumber + 1, 1) : DaysPerChunk;
        var found = new List<Slot>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        for (var chunk = from; chunk <= to && found.Count < query.Limit; chunk = chunk.AddDays(daysPerChunk))
        {
            var chunkEnd = chunk.AddDays(daysPerChunk - 1) < to ? chunk.AddDays(daysPerChunk - 1) : to;
            var claimed = await ClaimedDeskTimeAsync(db, service.Team, chunk, chunkEnd, cancellationToken);
            for (var date = chunk; date <= chunkEnd && found.Count < query.Limit; date = date.AddDays(1))
            {
                if (query.Weekdays is { Count: > 0 } days && !days.Contains(date.DayOfWeek))
                {
                    continue;
                }

                AddFreeSlots(found, query, service, date, claimed);
            }
        }

        return found;
    }

    private void AddFreeSlots(
        List<Slot> found, SlotQuery query, ServiceDefinition service, DateOnly date, ClaimedDeskTime claimed)
    {
        foreach (var (start, end, localStart) in grid.CandidatesOn(date, service, query.Persons))
        {
            if ((query.NotBefore is { } notBefore && localStart < notBefore)
                || (query.StartBefore is { } startBefore && localStart >= startBefore))
            {
                continue;
            }

            var available = claimed.FreeDesks(start, end);
            if (available > 0)
            {
                found.Add(new Slot(clock.ToLocal(start), clock.ToLocal(end), available));
                if (found.Count >= query.Limit)
                {
                    return;
                }
            }
        }
    }

    private async Task<ClaimedDeskTime> ClaimedDeskTimeAsync(
        BookingDbContext db, string team, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var fromInstant = clock.ToInstant(from, TimeOnly.MinValue);
        var toInstant = clock.ToInstant(to.AddDays(1), TimeOnly.MinValue);
        var now = clock.UtcNow;
        var claimed = new ClaimedDeskTime(fromInstant, toInstant, grid.Unit, grid.DesksOf(team));
        // Answered from IX_SlotClaims_Team_UnitStart_Desk_ExpiresAt alone (a covering index): no table row is read.
        var claims = db.SlotClaims.AsNoTracking()
            .Where(c => c.Team == team && c.UnitStart >= fromInstant && c.UnitStart < toInstant
                && (c.ExpiresAt == null || c.ExpiresAt > now))
            .Select(c => new ClaimedUnit(c.Desk, c.UnitStart))
            .AsAsyncEnumerable();
        await foreach (var claim in claims.WithCancellation(cancellationToken))
        {
            claimed.Add(claim.Desk, claim.UnitStart);
        }

        return claimed;
    }

    /// <summary>One row of the search's query, a value so that reading thousands of claims allocates nothing per row.</summary>
    private readonly record struct ClaimedUnit(int Desk, DateTimeOffset UnitStart);
}
