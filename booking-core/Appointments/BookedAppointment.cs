namespace Termine.Booking.Appointments;

/// <summary>The booking answer: what a resident or client may see of an appointment.</summary>
public sealed record BookedAppointment(
    Guid Id,
    string Reference,
    string ServiceId,
    DateTimeOffset Start,
    DateTimeOffset End,
    int Persons,
    string Language,
    AppointmentStatus Status);
