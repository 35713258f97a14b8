using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;

namespace Termine.Booking.Scheduling;

/// <summary>
/// How far ahead a service can be booked, and the one answer to "when are new appointments released?": the horizon
/// is counted from today in the office, so at midnight each night one more day becomes bookable. Days without opening
/// hours (a closed weekday, a public holiday, a closing day) gain no times, so the next release is the first day after
/// the horizon that has them, and it opens at the midnight when the horizon reaches it.
/// </summary>
public sealed class BookingHorizon(IOptions<SchedulingOptions> options, HolidayCalendar holidays, OfficeClock clock)
{
    /// <summary>The last day a service can be booked for on a given day: the one rule <see cref="SlotGrid"/> uses too.</summary>
    public static DateOnly LastDay(DateOnly today, ServiceDefinition service) => today.AddDays(service.MaxDaysAhead);

    /// <summary>The next day of the service that becomes bookable, and the moment it does.</summary>
    public HorizonRelease NextRelease(ServiceDefinition service)
    {
        var today = clock.Today;
        var hours = options.Value.OpeningHours;

        // A year of days without any opening hours cannot happen with a valid calendar; the bound keeps the loop finite.
        var date = LastDay(today, service).AddDays(1);
        for (var i = 0; i < 366 && !IsOpen(date, hours); i++)
        {
            date = date.AddDays(1);
        }

        var opensOn = date.AddDays(-service.MaxDaysAhead);
        return new HorizonRelease(date, opensOn, clock.ToInstant(opensOn, TimeOnly.MinValue));
    }

    private bool IsOpen(DateOnly date, Dictionary<DayOfWeek, List<OpeningInterval>> hours) =>
        !holidays.IsClosed(date) && hours.TryGetValue(date.DayOfWeek, out var intervals) && intervals.Count > 0;
}
