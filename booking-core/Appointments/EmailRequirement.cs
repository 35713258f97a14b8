namespace Termine.Booking.Appointments;

/// <summary>
/// Whether a booking needs the resident's e-mail address. Residents booking themselves always give one (it carries the
/// check-in code and is their proof for changes); only staff at the service point may book without, for a walk-in or
/// a caller who has none, and then hand over a printed confirmation.
/// </summary>
public enum EmailRequirement
{
    Required = 0,
    OptionalAtServicePoint = 1,
}
