namespace Termine.Booking.Waitlist;

/// <summary>An offer as the resident's page shows it: the slot in office time, the service, and whether it is still open.</summary>
public sealed record OfferView(
    string ServiceId, DateTimeOffset Start, DateTimeOffset End, int Persons, string Language, DateTimeOffset ExpiresAt, OfferOutcome Outcome, bool IsOpen);
