namespace Termine.Booking.Scheduling;

/// <summary>A day the office is closed besides the public holidays, with the reason staff gave.</summary>
public sealed class ClosingDay
{
    public DateOnly Date { get; set; }

    public string Reason { get; set; } = "";
}
