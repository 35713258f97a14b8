namespace Termine.Bot.Dialogs.Booking;

/// <param name="Hold">Hold the chosen slot (booking); a move takes it directly instead.</param>
/// <param name="Search">A search to repeat without asking for the date again (after a slot was lost).</param>
public sealed record ChooseSlotOptions(string ServiceId, int Persons, bool Hold, SlotSearch? Search = null);
