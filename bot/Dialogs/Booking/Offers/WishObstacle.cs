namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>Why a date wish cannot be met; each one is said to the resident in their language.</summary>
public abstract record WishObstacle
{
    private WishObstacle()
    {
    }

    /// <summary>The office is open on the weekday but not in the wished part of the day ("Wednesday afternoon").</summary>
    public sealed record ClosedPartOfDay(DayOfWeek Day, DayPart Part, IReadOnlyList<OpenStretch> Hours) : WishObstacle;

    /// <summary>The office never opens on the weekday (Saturday, Sunday).</summary>
    public sealed record ClosedWeekday(DayOfWeek Day) : WishObstacle;

    /// <summary>A public holiday or a customary closing day (Rosenmontag, Christmas Eve, New Year's Eve).</summary>
    public sealed record Holiday(DateOnly Date, Termine.Booking.Scheduling.HolidayKind Kind) : WishObstacle;

    /// <summary>A closure the administrators configured.</summary>
    public sealed record ClosingDay(DateOnly Date) : WishObstacle;

    /// <summary>A wished clock time (or window) when the office is closed on that weekday ("17:30 on a Monday").</summary>
    public sealed record OutsideOpeningHours(DayOfWeek Day, TimeOnly Wished, IReadOnlyList<OpenStretch> Hours) : WishObstacle;

    /// <summary>Open, but every slot of the wished days is taken: in the wished part of the day, if one was named,
    /// or at the wished time (<paramref name="AtWishedTime"/>), if another time was named.</summary>
    public sealed record FullyBooked(DateOnly From, DateOnly To, DayPart? Part, bool AtWishedTime = false) : WishObstacle;

    /// <summary>The wished time is open but closer than the service's minimum notice.</summary>
    public sealed record TooSoon(TimeSpan Notice) : WishObstacle;

    /// <summary>The wish lies after the last day the service can be booked for.</summary>
    public sealed record BeyondHorizon(DateOnly LastDay) : WishObstacle;

    public sealed record InThePast : WishObstacle;
}
