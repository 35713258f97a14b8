namespace Termine.Booking.Waitlist;

/// <summary>
/// A slot held for one waiting resident until <see cref="ExpiresAt"/>. The hold is an ordinary held appointment
/// (<see cref="AppointmentId"/>) whose desk time is claimed like any other, so no one else can take it meanwhile and two
/// hosts can never offer the same desk time twice.
/// </summary>
public sealed class WaitlistOffer
{
    public Guid Id { get; set; }

    public Guid EntryId { get; set; }

    /// <summary>The held appointment; booked on acceptance, expired when the offer ends otherwise.</summary>
    public Guid AppointmentId { get; set; }

    public DateTimeOffset SlotStart { get; set; }

    public DateTimeOffset SlotEnd { get; set; }

    /// <summary>SHA-256 of the token in the offer's link; the token is derived again at send time, never stored.</summary>
    public required byte[] TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public OfferOutcome Outcome { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
