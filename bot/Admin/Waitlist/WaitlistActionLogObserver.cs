using Termine.Booking.Waitlist;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.Admin.Waitlist;

/// <summary>
/// Writes every waiting-list offer and its outcome to the staff action log, as the user <c>system</c>: the waiting
/// reference as subject, the offer's id and the service as detail.
/// </summary>
public sealed class WaitlistActionLogObserver(StaffActionLog log) : IWaitlistObserver
{
    public const string UserName = "system";

    public Task OfferChangedAsync(Guid offerId, string entryReference, string serviceId, OfferOutcome outcome, CancellationToken cancellationToken) =>
        log.RecordAsync(UserName, ActionOf(outcome), entryReference, $"{offerId} {serviceId}", cancellationToken);

    public static string ActionOf(OfferOutcome outcome) => outcome switch
    {
        OfferOutcome.Open => "waitlist.offer-sent",
        OfferOutcome.Accepted => "waitlist.offer-accepted",
        OfferOutcome.Declined => "waitlist.offer-declined",
        OfferOutcome.Expired => "waitlist.offer-expired",
        _ => "waitlist.offer-withdrawn",
    };
}
