namespace Termine.Bot.Dialogs.Booking;

/// <summary>The slot a resident picked to move their appointment to.</summary>
public sealed record ChosenSlot(DateTimeOffset Start, DateTimeOffset End);
