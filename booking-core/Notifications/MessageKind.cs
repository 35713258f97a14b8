namespace Termine.Booking.Notifications;

public enum MessageKind
{
    Confirmation = 0,
    Reminder = 1,
    Cancellation = 2,
}
