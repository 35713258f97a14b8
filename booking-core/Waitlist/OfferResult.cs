using Termine.Booking.Appointments;

namespace Termine.Booking.Waitlist;

/// <summary>What became of an answer to an offer.</summary>
public abstract record OfferResult
{
    private OfferResult()
    {
    }

    /// <summary>Accepted and booked; the normal confirmation follows through the outbox.</summary>
    public sealed record Booked(BookingResult.Booked Booking) : OfferResult;

    public sealed record Declined : OfferResult;

    /// <summary>Expired, already answered, or the slot is gone: nothing to accept or decline any more.</summary>
    public sealed record Gone : OfferResult;

    /// <summary>Accepting would break a booking rule (an open appointment for the service already).</summary>
    public sealed record Refused(BookingResult Reason) : OfferResult;

    public sealed record NotFound : OfferResult;
}
