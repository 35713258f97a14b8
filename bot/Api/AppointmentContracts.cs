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
    string? Language);

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
