namespace Termine.Booking.Waitlist;

public enum OfferOutcome
{
    Open = 0,
    Accepted = 1,
    Declined = 2,
    Expired = 3,

    /// <summary>Ended without the resident's answer: they booked directly or left the list.</summary>
    Withdrawn = 4,
}
