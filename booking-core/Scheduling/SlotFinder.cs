using Microsoft.EntityFrameworkCore;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;

namespace Termine.Booking.Scheduling;

/// <summary>Free slots for a service, nearest first: the candidates of the grid less the desk time already claimed.</summary>
public sealed class SlotFinder(
    ServiceCatalog catalog, SlotGrid grid, OfficeClock clock, IDbContextFactory<BookingDbContext> contexts)
{
    /// <summary>Days searched per database round-trip; a search for the nearest few rarely needs a second one.</summary>
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
        var found = new List<Slot>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        for (var chunk = from; chunk <= to && found.Count < query.Limit; chunk = chunk.AddDays(DaysPerChunk))
        {
            var chunkEnd = chunk.AddDays(DaysPerChunk - 1) < to ? chunk.AddDays(DaysPerChunk - 1) : to;
            var taken = await TakenUnitsAsync(db, service.Team, chunk, chunkEnd, cancellationToken);
            for (var date = chunk; date <= chunkEnd && found.Count < query.Limit; date = date.AddDays(1))
            {
                if (query.Weekdays is { Count: > 0 } days && !days.Contains(date.DayOfWeek))
                {
                    continue;
                }

                AddFreeSlots(found, query, service, date, taken);
            }
        }

        return found;
    }

    private void AddFreeSlots(
        List<Slot> found, SlotQuery query, ServiceDefinition service, DateOnly date, HashSet<(int, long)> taken)
    {
        var desks = grid.DesksOf(service.Team);
        foreach (var (start, end, localStart) in grid.CandidatesOn(date, service, query.Persons))
        {
            if ((query.NotBefore is { } notBefore && localStart < notBefore)
                || (query.StartBefore is { } startBefore && localStart >= startBefore))
            {
                continue;
            }

            var available = 0;
            for (var desk = 1; desk <= desks; desk++)
            {
                if (grid.UnitsOf(start, end).All(unit => !taken.Contains((desk, unit.UtcTicks))))
                {
                    available++;
                }
            }

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

    private async Task<HashSet<(int, long)>> TakenUnitsAsync(
        BookingDbContext db, string team, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var fromInstant = clock.ToInstant(from, TimeOnly.MinValue);
        var toInstant = clock.ToInstant(to.AddDays(1), TimeOnly.MinValue);
        var now = clock.UtcNow;
        var claims = await db.SlotClaims.AsNoTracking()
            .Where(c => c.Team == team && c.UnitStart >= fromInstant && c.UnitStart < toInstant
                && (c.ExpiresAt == null || c.ExpiresAt > now))
            .Select(c => new { c.Desk, c.UnitStart })
            .ToListAsync(cancellationToken);
        return claims.Select(c => (c.Desk, c.UnitStart.UtcTicks)).ToHashSet();
    }
}
