namespace Termine.Booking.Waitlist;

public enum WaitlistEntryState
{
    /// <summary>On the list, without an open offer.</summary>
    Waiting = 0,

    /// <summary>An offer is open; the next one comes only after it is declined or has expired.</summary>
    Offered = 1,

    /// <summary>Booked: through an offer, or directly with the same e-mail address for the same service.</summary>
    Booked = 2,

    /// <summary>The resident left the list.</summary>
    Left = 3,
}
