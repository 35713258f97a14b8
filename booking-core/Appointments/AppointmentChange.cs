namespace Termine.Booking.Appointments;

/// <summary>What happened to an appointment, handed to <see cref="IAppointmentChangeHandler"/>s inside the same transaction.</summary>
public abstract record AppointmentChange(Appointment Appointment)
{
    public sealed record Booked(Appointment Appointment, AppointmentTokens Tokens) : AppointmentChange(Appointment);

    /// <summary>Moved to a new time; the old QR code and link no longer work, <paramref name="Tokens"/> are the new ones.</summary>
    public sealed record Moved(Appointment Appointment, AppointmentTokens Tokens) : AppointmentChange(Appointment);

    public sealed record Cancelled(Appointment Appointment) : AppointmentChange(Appointment);
}
