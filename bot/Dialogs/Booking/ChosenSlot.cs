namespace Termine.Bot.Dialogs.Booking;

/// <summary>The slot a resident picked; <see cref="HoldId"/> is set when it is being held for them.</summary>
public sealed record ChosenSlot(DateTimeOffset Start, DateTimeOffset End, Guid? HoldId);
