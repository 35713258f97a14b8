namespace Termine.Booking.Scheduling;

/// <summary>The next day that becomes bookable (<see cref="BookingHorizon.NextRelease"/>).</summary>
/// <param name="Date">The day that gains times.</param>
/// <param name="OpensOn">The office's day at whose beginning (midnight) it becomes bookable.</param>
/// <param name="OpensAt">That midnight as an instant.</param>
public sealed record HorizonRelease(DateOnly Date, DateOnly OpensOn, DateTimeOffset OpensAt);
