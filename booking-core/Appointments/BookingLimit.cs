namespace Termine.Booking.Appointments;

/// <summary>Which limit against hoarding a hold or a booking hit.</summary>
public enum BookingLimit
{
    /// <summary>Too many slots held at once by one client (<see cref="BookingOptions.MaxHoldsPerClient"/>).</summary>
    Holds = 0,

    /// <summary>The e-mail address has as many open appointments for the service as allowed.</summary>
    OpenAppointments = 1,
}
