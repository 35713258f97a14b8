namespace Termine.Booking.Waitlist;

/// <summary>
/// Told of every offer made and of its outcome once that is committed, so the host can record them (the bot's action
/// log) without the core knowing of it. <paramref name="Outcome"/> is <see cref="OfferOutcome.Open"/> for an offer sent.
/// Carries the waiting reference and ids only, never a resident's data.
/// </summary>
public interface IWaitlistObserver
{
    Task OfferChangedAsync(Guid offerId, string entryReference, string serviceId, OfferOutcome outcome, CancellationToken cancellationToken);
}
