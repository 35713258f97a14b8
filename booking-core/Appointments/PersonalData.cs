namespace Termine.Booking.Appointments;

/// <summary>What a booking needs to know about the resident, and nothing more.</summary>
public sealed record PersonalData(string? FullName, DateOnly? BirthDate, string? Email, string? Phone, string? Language)
{
    /// <summary>
    /// The further persons of the booking, in order (the resident who books is not among them). Empty where a channel
    /// does not ask for them; when given, there must be one for each person beyond the first.
    /// </summary>
    public IReadOnlyList<Companion> Companions { get; init; } = [];
}
