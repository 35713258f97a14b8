namespace Termine.Booking.Appointments;

/// <summary>A booking in one step: the slot and the resident's data together (the REST API and the service point).</summary>
/// <param name="Email">Whether <see cref="PersonalData.Email"/> may be left out; only allowed on <see cref="BookingChannels.ServicePoint"/>.</param>
public sealed record BookingRequest(
    string? ServiceId,
    DateTimeOffset? Start,
    int? Persons,
    PersonalData Person,
    string Channel = "api",
    EmailRequirement Email = EmailRequirement.Required);
