using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;

namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>
/// Says why a wish found no free slot, day by day as a clerk would look: past, beyond the horizon, a holiday, a
/// closing day, a closed weekday, a closed part of the day, too soon, or simply taken.
/// </summary>
internal sealed class ObstacleFinder(IOptions<SchedulingOptions> options, HolidayCalendar holidays, SlotGrid grid, OfficeClock clock)
{
    /// <summary>How many of a wish's days are looked at; a longer wish that found nothing is booked out anyway.</summary>
    private const int DaysExamined = 62;

    /// <param name="days">The wished days in order (weekdays already applied), not cut to today or the horizon.</param>
    public WishObstacle Find(ServiceDefinition service, int persons, IReadOnlyList<DateOnly> days, WishWindow window)
    {
        var today = clock.Today;
        var horizon = grid.Horizon(service);
        if (days.Count == 0 || days[^1] < today)
        {
            return new WishObstacle.InThePast();
        }

        if (days[0] > horizon)
        {
            return new WishObstacle.BeyondHorizon(horizon);
        }

        var inReach = days.Where(d => d >= today && d <= horizon).Take(DaysExamined).ToList();
        if (inReach.Count == 0)
        {
            // Some wished days are past, the others beyond the horizon.
            return new WishObstacle.BeyondHorizon(horizon);
        }

        var obstacles = inReach.Select(day => OnDay(service, persons, day, window)).ToList();
        var open = obstacles.Where(o => o is WishObstacle.FullyBooked or WishObstacle.TooSoon).ToList();
        if (open.Count == 0)
        {
            return obstacles.FirstOrDefault(o => o is WishObstacle.ClosedPartOfDay or WishObstacle.OutsideOpeningHours)
                ?? obstacles.FirstOrDefault(o => o is WishObstacle.ClosedWeekday)
                ?? obstacles.First();
        }

        // Open days that are all too soon: the notice is the reason; otherwise they are taken.
        return open.All(o => o is WishObstacle.TooSoon)
            ? open[0]
            : new WishObstacle.FullyBooked(inReach[0], inReach[^1], window.Part, AtWishedTime(window));
    }

    private WishObstacle OnDay(ServiceDefinition service, int persons, DateOnly day, WishWindow window)
    {
        if (holidays.HolidayOn(day) is { } kind)
        {
            return new WishObstacle.Holiday(day, kind);
        }

        if (holidays.IsClosed(day))
        {
            return new WishObstacle.ClosingDay(day);
        }

        var hours = HoursOn(day.DayOfWeek);
        if (hours.Count == 0)
        {
            return new WishObstacle.ClosedWeekday(day.DayOfWeek);
        }

        if (!PossibleStarts(hours, service.DurationFor(persons), TimeSpan.FromMinutes(service.DurationMinutes)).Any(window.Contains))
        {
            return window.Part is { } part
                ? new WishObstacle.ClosedPartOfDay(day.DayOfWeek, part, hours)
                : new WishObstacle.OutsideOpeningHours(day.DayOfWeek, window.Wished ?? hours[0].From, hours);
        }

        var bookable = grid.CandidatesOn(day, service, persons).Any(c => window.Contains(c.LocalStart));
        return bookable ? new WishObstacle.FullyBooked(day, day, window.Part, AtWishedTime(window)) : new WishObstacle.TooSoon(service.MinNotice);
    }

    private static bool AtWishedTime(WishWindow window) => window.Part is null && !window.IsOpen;

    public IReadOnlyList<OpenStretch> HoursOn(DayOfWeek day) =>
        options.Value.OpeningHours.TryGetValue(day, out var intervals)
            ? [.. intervals.OrderBy(i => i.From).Select(i => new OpenStretch(i.From, i.To))]
            : [];

    /// <summary>The starts the grid would offer on an open day, before notice and bookings are considered.</summary>
    private static IEnumerable<TimeOnly> PossibleStarts(IReadOnlyList<OpenStretch> hours, TimeSpan length, TimeSpan step)
    {
        foreach (var stretch in hours)
        {
            for (var local = stretch.From.ToTimeSpan(); local + length <= stretch.To.ToTimeSpan(); local += step)
            {
                yield return TimeOnly.FromTimeSpan(local);
            }
        }
    }
}
