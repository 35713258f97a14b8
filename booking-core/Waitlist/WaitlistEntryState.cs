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

    /// <summary>Closed by the sweep: the window ended (its last day before today, office time) without a booking.</summary>
    WindowPassed = 4,

    /// <summary>Closed by the sweep: <see cref="WaitlistOptions.MaxUnansweredOffers"/> offers in a row ran out unanswered.</summary>
    Unanswered = 5,
}
