namespace Termine.Booking.Appointments;

/// <summary>
/// A further person of a family booking: the clerk prepares a file for each person, so each needs a name and a
/// date of birth like the resident who books.
/// </summary>
public sealed record Companion(string FullName, DateOnly BirthDate);
