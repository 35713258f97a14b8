namespace Termine.Booking.Notifications;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    /// <summary>Refused for good (an address the server does not accept); needs a person.</summary>
    Failed = 2,
    /// <summary>No longer wanted: a reminder of an appointment that was cancelled or moved.</summary>
    Withdrawn = 3,
}
