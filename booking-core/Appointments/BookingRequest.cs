namespace Termine.Booking.Appointments;

/// <summary>A booking in one step: the slot and the resident's data together (the REST API and the service point).</summary>
public sealed record BookingRequest(
    string? ServiceId,
    DateTimeOffset? Start,
    int? Persons,
    PersonalData Person,
    string Channel = "api");
