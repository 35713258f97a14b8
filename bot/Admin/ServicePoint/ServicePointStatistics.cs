using Microsoft.EntityFrameworkCore;
using Termine.Booking;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Bot.Admin.ServicePoint;

/// <summary>
/// Counts a range of days from the appointments' start, service, channel, language and status (indexed by start),
/// and asks the slot finder how far ahead each service is booked.
/// </summary>
public sealed class ServicePointStatistics(
    IDbContextFactory<BookingDbContext> contexts, ServiceCatalog catalog, SlotFinder slots, OfficeClock clock)
{
    public const int MaxDays = 400;

    public async Task<StatisticsReport> ReportAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = clock.ToInstant(from, TimeOnly.MinValue);
        var end = clock.ToInstant(to.AddDays(1), TimeOnly.MinValue);
        List<(DateTimeOffset Start, string ServiceId, string Channel, string Language, AppointmentStatus Status)> rows;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            rows = (await db.Appointments.AsNoTracking()
                    .Where(a => a.Start >= start && a.Start < end && a.Reference != null)
                    .Select(a => new { a.Start, a.ServiceId, a.Channel, a.Language, a.Status })
                    .ToListAsync(cancellationToken))
                .Select(a => (a.Start, a.ServiceId, a.Channel, a.Language, a.Status)).ToList();
        }

        var today = clock.Today;
        var byDay = rows.ToLookup(r => DateOnly.FromDateTime(clock.ToLocal(r.Start).DateTime));
        var days = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays)
            .Select(d => new StatisticsReport.Day(d, byDay[d].Count(r => r.Status != AppointmentStatus.Cancelled), byDay[d].Count(r => r.Status == AppointmentStatus.Cancelled)))
            .ToList();
        var kept = rows.Where(r => r.Status != AppointmentStatus.Cancelled).ToList();
        var past = rows.Where(r => DateOnly.FromDateTime(clock.ToLocal(r.Start).DateTime) < today).ToList();
        return new StatisticsReport(
            from, to, days,
            CountBy(kept, r => catalog.Find(r.ServiceId)?.Name[Languages.Default] ?? r.ServiceId),
            CountBy(kept, r => r.Channel),
            CountBy(kept, r => LanguageNames.German(r.Language)),
            past.Count(r => r.Status == AppointmentStatus.Done),
            past.Count(r => r.Status == AppointmentStatus.NoShow),
            await NextFreeSlotsAsync(today, cancellationToken));
    }

    private async Task<IReadOnlyList<StatisticsReport.NextFree>> NextFreeSlotsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var result = new List<StatisticsReport.NextFree>();
        foreach (var service in catalog.Services)
        {
            var found = await slots.FindAsync(new SlotQuery(service.Id, today, today.AddDays(service.MaxDaysAhead), Limit: 1), cancellationToken);
            var next = found?.FirstOrDefault();
            result.Add(new(service.Name[Languages.Default], next?.Start,
                next is null ? null : DateOnly.FromDateTime(next.Start.DateTime).DayNumber - today.DayNumber));
        }

        return result;
    }

    private static List<StatisticsReport.Count> CountBy<T>(IEnumerable<T> rows, Func<T, string> key) =>
        rows.GroupBy(key).Select(g => new StatisticsReport.Count(g.Key, g.Count()))
            .OrderByDescending(c => c.Appointments).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
}
