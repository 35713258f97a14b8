using Termine.Booking.Appointments;

namespace Termine.Booking.WaitingArea;

/// <summary>
/// One resident in today's waiting area as staff see it. Holds personal data (name): for the staff list only, never
/// for the waiting-room display (<see cref="DisplayCall"/>).
/// </summary>
public sealed record WaitingEntry(
    Guid Id,
    string Reference,
    int WaitingNumber,
    DateTimeOffset ArrivedAt,
    string ServiceId,
    string? FullName,
    int Persons,
    string Language,
    AppointmentStatus Status,
    DateTimeOffset? CalledAt,
    string? CalledDesk);
