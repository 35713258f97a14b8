using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;

namespace Termine.Booking.Scheduling;

/// <summary>
/// Where a service's appointments may start: within opening hours, on open days, after the service's notice and
/// before its horizon. Knows nothing of who booked what.
/// </summary>
public sealed class SlotGrid(IOptions<SchedulingOptions> options, HolidayCalendar holidays, OfficeClock clock)
{
    /// <summary>Read on each call: an administrator's change to the calendar counts at once.</summary>
    private SchedulingOptions Current => options.Value;

    public TimeSpan Unit => Current.SlotUnit;

    public int DesksOf(string team) => Current.Desks.GetValueOrDefault(team);

    /// <summary>The last day the service can be booked for, counted from today in the office.</summary>
    public DateOnly Horizon(ServiceDefinition service) => BookingHorizon.LastDay(clock.Today, service);

    /// <summary>Candidate slots of one day in wall-clock order, before anyone's bookings are taken into account.</summary>
    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End, TimeOnly LocalStart)> CandidatesOn(
        DateOnly date, ServiceDefinition service, int persons)
    {
        if (holidays.IsClosed(date) || date > Horizon(service)
            || !Current.OpeningHours.TryGetValue(date.DayOfWeek, out var intervals))
        {
            yield break;
        }

        var earliest = clock.UtcNow + service.MinNotice;
        var step = TimeSpan.FromMinutes(service.DurationMinutes);
        var length = service.DurationFor(persons);
        foreach (var interval in intervals.OrderBy(i => i.From))
        {
            var closes = interval.To.ToTimeSpan();
            for (var local = interval.From.ToTimeSpan(); local + length <= closes; local += step)
            {
                var start = clock.ToInstant(date, TimeOnly.FromTimeSpan(local));
                if (start >= earliest)
                {
                    yield return (start, start + length, TimeOnly.FromTimeSpan(local));
                }
            }
        }
    }

    /// <summary>
    /// Why a day has no slot of the service, or <see cref="DayStatus.Open"/>; with a window (starts from
    /// <paramref name="notBefore"/> and before <paramref name="startBefore"/>) only starts inside it count.
    /// </summary>
    public DayStatus StatusOn(
        DateOnly date, ServiceDefinition service, int persons, TimeOnly? notBefore = null, TimeOnly? startBefore = null)
    {
        if (date < clock.Today)
        {
            return new DayStatus.Past();
        }

        if (holidays.HolidayOn(date) is { } kind)
        {
            return new DayStatus.Holiday(kind);
        }

        if (holidays.IsClosed(date))
        {
            return new DayStatus.ClosingDay();
        }

        if (!Current.OpeningHours.TryGetValue(date.DayOfWeek, out var intervals) || intervals.Count == 0)
        {
            return new DayStatus.ClosedWeekday(date.DayOfWeek);
        }

        if (date > Horizon(service))
        {
            return new DayStatus.BeyondHorizon(Horizon(service));
        }

        bool InWindow(TimeOnly start) => (notBefore is not { } from || start >= from) && (startBefore is not { } to || start < to);
        if (!PossibleStarts(intervals, service.DurationFor(persons), TimeSpan.FromMinutes(service.DurationMinutes)).Any(InWindow))
        {
            return new DayStatus.ClosedPartOfDay();
        }

        return CandidatesOn(date, service, persons).Any(c => InWindow(c.LocalStart))
            ? new DayStatus.Open()
            : new DayStatus.TooSoon(service.MinNotice);
    }

    /// <summary>Whether an instant is one of the service's slot starts (for a request that names its own start).</summary>
    public bool IsSlotStart(ServiceDefinition service, int persons, DateTimeOffset start)
    {
        var date = DateOnly.FromDateTime(clock.ToLocal(start).DateTime);
        return CandidatesOn(date, service, persons).Any(c => c.Start == start);
    }

    /// <summary>The starts the grid would offer on an open day, before notice and bookings are considered.</summary>
    private static IEnumerable<TimeOnly> PossibleStarts(IEnumerable<OpeningInterval> intervals, TimeSpan length, TimeSpan step)
    {
        foreach (var interval in intervals.OrderBy(i => i.From))
        {
            for (var local = interval.From.ToTimeSpan(); local + length <= interval.To.ToTimeSpan(); local += step)
            {
                yield return TimeOnly.FromTimeSpan(local);
            }
        }
    }

    /// <summary>The units of desk time an appointment from start to end takes.</summary>
    public IEnumerable<DateTimeOffset> UnitsOf(DateTimeOffset start, DateTimeOffset end)
    {
        for (var unit = start; unit < end; unit += Current.SlotUnit)
        {
            yield return unit;
        }
    }
}
