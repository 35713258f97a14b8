namespace Termine.Booking.Appointments;

/// <summary>What a booking needs to know about the resident, and nothing more.</summary>
public sealed record PersonalData(string? FullName, DateOnly? BirthDate, string? Email, string? Phone, string? Language);
