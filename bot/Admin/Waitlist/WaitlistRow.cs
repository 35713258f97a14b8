using Termine.Booking.Waitlist;

namespace Termine.Bot.Admin.Waitlist;

/// <summary>One waiting resident as the staff's list shows it, with the counts of the offers made to them.</summary>
public sealed record WaitlistRow(
    WaitlistEntry Entry,
    int OffersSent,
    int OffersAccepted,
    int OffersDeclined,
    int OffersExpired,
    WaitlistOffer? OpenOffer);
