namespace Termine.Bot.Dialogs.Booking;

public sealed record ChooseSlotValues
{
    public SlotSearch? Search { get; set; }

    /// <summary>The slots offered, in the order the resident saw them.</summary>
    public List<OfferedSlot> Offered { get; set; } = [];
}

public sealed record OfferedSlot(DateTimeOffset Start, DateTimeOffset End);
