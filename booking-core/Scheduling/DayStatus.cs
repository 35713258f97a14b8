namespace Termine.Booking.Scheduling;

/// <summary>
/// Whether a service can be booked on a day before anyone's bookings are counted, and if not, why: the one answer
/// the chat's reasons and the web booking's week view both give. "Fully booked" is not among them: only the
/// database knows that, and an <see cref="Open"/> day without free slots is it.
/// </summary>
public abstract record DayStatus
{
    private DayStatus()
    {
    }

    /// <summary>Slots of the service start on the day (in the asked part of the day, when one was asked for).</summary>
    public sealed record Open : DayStatus;

    public sealed record Past : DayStatus;

    /// <summary>A public holiday or a customary closing day (Rosenmontag, Christmas Eve, New Year's Eve).</summary>
    public sealed record Holiday(HolidayKind Kind) : DayStatus;

    /// <summary>A closure the administrators configured.</summary>
    public sealed record ClosingDay : DayStatus;

    /// <summary>The office never opens on this weekday.</summary>
    public sealed record ClosedWeekday(DayOfWeek Day) : DayStatus;

    /// <summary>After the last day the service can be booked for.</summary>
    public sealed record BeyondHorizon(DateOnly LastDay) : DayStatus;

    /// <summary>Open that day, but no slot of the service starts in the asked part of the day.</summary>
    public sealed record ClosedPartOfDay : DayStatus;

    /// <summary>Open, but every start is closer than the service's minimum notice.</summary>
    public sealed record TooSoon(TimeSpan Notice) : DayStatus;
}
