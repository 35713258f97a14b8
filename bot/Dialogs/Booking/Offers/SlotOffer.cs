using Termine.Booking.Scheduling;

namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>What the bot can offer for a date wish: slots that fit it, alternatives with the reason, or nothing.</summary>
public abstract record SlotOffer
{
    private SlotOffer()
    {
    }

    /// <summary>Free slots that satisfy the whole wish, in wall-clock order, spread over its days.</summary>
    public sealed record Matching(IReadOnlyList<Slot> Slots) : SlotOffer;

    /// <summary>The wish cannot be met (<paramref name="Why"/>); the groups keep as much of it as they can, best first.</summary>
    public sealed record Alternatives(WishObstacle Why, IReadOnlyList<AlternativeGroup> Groups) : SlotOffer
    {
        public IReadOnlyList<Slot> Slots => [.. Groups.SelectMany(g => g.Slots)];
    }

    /// <summary>Nothing is free within the service's horizon.</summary>
    public sealed record None(WishObstacle? Why) : SlotOffer;

    /// <summary>Every slot offered, in the order the buttons show them.</summary>
    public IReadOnlyList<Slot> AllSlots => this switch
    {
        Matching matching => matching.Slots,
        Alternatives alternatives => alternatives.Slots,
        _ => [],
    };
}
