namespace Termine.Booking.Scheduling;

/// <summary>A bookable time for a service; <see cref="Available"/> is how many more bookings it takes.</summary>
public sealed record Slot(DateTimeOffset Start, DateTimeOffset End, int Available);
