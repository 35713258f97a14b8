using Termine.Booking.Scheduling;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>The slots to offer for a wish, and what to say about them.</summary>
public sealed class SlotOfferer(SlotFinder slots, OfficeClock clock)
{
    private const int SlotsOffered = 5;
    private const int AlternativeDays = 60;

    public async Task<SlotOfferResult> OfferAsync(string serviceId, int persons, SlotSearch search, CancellationToken cancellationToken)
    {
        var found = await slots.FindAsync(search.ToQuery(serviceId, persons, SlotsOffered), cancellationToken) ?? [];
        if (found.Count > 0)
        {
            return new SlotOfferResult(found, "Slots.Offer");
        }

        var today = clock.Today;
        found = await slots.FindAsync(new SlotQuery(serviceId, today, today.AddDays(AlternativeDays), persons, Limit: SlotsOffered), cancellationToken) ?? [];
        return new SlotOfferResult(found, "Slots.Alternatives");
    }
}

public sealed record SlotOfferResult(IReadOnlyList<Slot> Slots, string Key)
{
    public string Explanation(string language) => DialogTexts.Texts[Key, language];
}
