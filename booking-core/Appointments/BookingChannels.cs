namespace Termine.Booking.Appointments;

/// <summary>Channel names the booking core itself gives a meaning to; chat channels bring their own.</summary>
public static class BookingChannels
{
    /// <summary>Booked by staff for a walk-in or a caller.</summary>
    public const string ServicePoint = "servicepoint";

    /// <summary>Booked by the resident on the booking pages under <c>/termin</c>, without the chat.</summary>
    public const string Web = "web";
}
