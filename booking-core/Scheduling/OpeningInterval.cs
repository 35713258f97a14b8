namespace Termine.Booking.Scheduling;

/// <summary>A stretch of opening time on a weekday, in the office's wall-clock time.</summary>
public sealed class OpeningInterval
{
    public TimeOnly From { get; set; }

    public TimeOnly To { get; set; }
}
