using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;

namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>
/// Says why a wish found no free slot, day by day as a clerk would look: past, beyond the horizon, a holiday, a
/// closing day, a closed weekday, a closed part of the day, too soon, or simply taken.
/// </summary>
internal sealed class ObstacleFinder(IOptions<SchedulingOptions> options, SlotGrid grid, OfficeClock clock)
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

    /// <summary>The day's status from the calendar (<see cref="SlotGrid.StatusOn"/>), said as the chat words a wish.</summary>
    private WishObstacle OnDay(ServiceDefinition service, int persons, DateOnly day, WishWindow window) =>
        grid.StatusOn(day, service, persons, window.NotBefore, window.StartBefore) switch
        {
            DayStatus.Holiday holiday => new WishObstacle.Holiday(day, holiday.Kind),
            DayStatus.ClosingDay => new WishObstacle.ClosingDay(day),
            DayStatus.ClosedWeekday => new WishObstacle.ClosedWeekday(day.DayOfWeek),
            DayStatus.ClosedPartOfDay => window.Part is { } part
                ? new WishObstacle.ClosedPartOfDay(day.DayOfWeek, part, HoursOn(day.DayOfWeek))
                : new WishObstacle.OutsideOpeningHours(day.DayOfWeek, window.Wished ?? HoursOn(day.DayOfWeek)[0].From, HoursOn(day.DayOfWeek)),
            DayStatus.TooSoon => new WishObstacle.TooSoon(service.MinNotice),
            DayStatus.Past => new WishObstacle.InThePast(),
            DayStatus.BeyondHorizon beyond => new WishObstacle.BeyondHorizon(beyond.LastDay),
            _ => new WishObstacle.FullyBooked(day, day, window.Part, AtWishedTime(window)),
        };

    private static bool AtWishedTime(WishWindow window) => window.Part is null && !window.IsOpen;

    public IReadOnlyList<OpenStretch> HoursOn(DayOfWeek day) =>
        options.Value.OpeningHours.TryGetValue(day, out var intervals)
            ? [.. intervals.OrderBy(i => i.From).Select(i => new OpenStretch(i.From, i.To))]
            : [];
}
