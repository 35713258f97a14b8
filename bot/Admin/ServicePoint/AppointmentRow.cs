using Termine.Booking.Appointments;

namespace Termine.Bot.Admin.ServicePoint;

/// <summary>
/// One appointment as the service point's lists show it; times are the office's local times. <paramref name="ReconfirmedAt"/>
/// is when the resident said they will come (the first reminder's button), null when not (yet).
/// </summary>
public sealed record AppointmentRow(
    Guid Id,
    string Reference,
    string Team,
    DateTimeOffset Start,
    DateTimeOffset End,
    string ServiceName,
    string? FullName,
    int Persons,
    string Language,
    AppointmentStatus Status,
    DateTimeOffset? ReconfirmedAt = null);
