namespace Termine.Booking.Appointments;

public enum AppointmentStatus
{
    /// <summary>A slot reserved for a few minutes while the resident types their data.</summary>
    Held = 0,
    Booked = 1,
    Cancelled = 2,
    Arrived = 3,
    Called = 4,
    Done = 5,
    NoShow = 6,
    /// <summary>A hold that ran out before it was confirmed.</summary>
    Expired = 7,
}
