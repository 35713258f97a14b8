namespace Termine.Booking.Notifications;

public enum MessageKind
{
    Confirmation = 0,
    Reminder = 1,
    Cancellation = 2,

    /// <summary>"You are on the waiting list": the reference, what happens next, the link to leave.</summary>
    WaitlistJoined = 20,

    /// <summary>A slot held for a waiting resident, with links to accept or decline it.</summary>
    WaitlistOffer = 21,

    /// <summary>"You are no longer on the waiting list": why (window ended, offers unanswered) and how to join again.</summary>
    WaitlistClosed = 22,
}
