using Termine.Bot.Dialogs.Booking.Offers;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// The slots to offer for a resident's search, booking and move alike: what fits the wish, or the nearest slots that
/// keep as much of it as possible with the reason said plainly (<see cref="SlotOffers"/>, <see cref="SlotOfferText"/>).
/// </summary>
public sealed class SlotOfferer(SlotOffers offers, OfficeDetails office)
{
    private const int SlotsOffered = 5;

    public Task<SlotOffer> OfferAsync(string serviceId, int persons, SlotSearch search, CancellationToken cancellationToken) =>
        offers.FindAsync(serviceId, persons, search.ToWish(), SlotsOffered, cancellationToken);

    /// <summary>What to say before the buttons: nothing for slots that fit the wish (the question says it), else why and what changed.</summary>
    public string? Explanation(SlotOffer offer, string language) => offer switch
    {
        SlotOffer.Matching => null,
        SlotOffer.None none => (none.Why is { } why ? SlotOfferText.Reason(why, language) + " " : "")
            + DialogTexts.Texts.Get("Slots.None", language, office.Phone(language)),
        _ => SlotOfferText.Explain(offer, language),
    };
}
