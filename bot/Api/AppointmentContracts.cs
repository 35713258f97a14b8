using Termine.Booking.Appointments;

namespace Termine.Bot.Api;

/// <summary>A booking request as clients send it; dates stay strings here so a malformed one is named, not just refused.</summary>
public sealed record BookingRequestBody(
    string? ServiceId,
    string? Start,
    string? FullName,
    string? BirthDate,
    string? Email,
    string? Phone,
    int? Persons,
    string? Language)
{
    /// <summary>The further persons of a family booking, one for each person beyond the first; may be left out.</summary>
    public IReadOnlyList<CompanionBody?>? Companions { get; init; }
}

/// <summary>A further person as clients send it; the date stays a string so a malformed one is named.</summary>
public sealed record CompanionBody(string? FullName, string? BirthDate);

public sealed record MoveRequestBody(string? Email, string? Start);

public sealed record BookingAnswer(
    string Reference,
    string ServiceId,
    DateTimeOffset Start,
    DateTimeOffset End,
    int Persons,
    string Language,
    string Status)
{
    public static BookingAnswer From(BookedAppointment a) =>
        new(a.Reference, a.ServiceId, a.Start, a.End, a.Persons, a.Language, a.Status.ToString().ToLowerInvariant());
}
