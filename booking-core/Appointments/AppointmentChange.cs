namespace Termine.Booking.Appointments;

/// <summary>What happened to an appointment, handed to <see cref="IAppointmentChangeHandler"/>s inside the same transaction.</summary>
public abstract record AppointmentChange(Appointment Appointment)
{
    /// <param name="CheckInToken">The plain token, only ever available at this moment.</param>
    public sealed record Booked(Appointment Appointment, string CheckInToken) : AppointmentChange(Appointment);

    /// <summary>Moved to a new time; the old QR code no longer works, <paramref name="CheckInToken"/> is the new one.</summary>
    public sealed record Moved(Appointment Appointment, string CheckInToken) : AppointmentChange(Appointment);

    public sealed record Cancelled(Appointment Appointment) : AppointmentChange(Appointment);
}
