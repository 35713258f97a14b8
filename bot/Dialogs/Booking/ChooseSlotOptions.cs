namespace Termine.Bot.Dialogs.Booking;

/// <param name="Search">A search to repeat without asking for the date again (after "none of these" with a new wish).</param>
public sealed record ChooseSlotOptions(string ServiceId, int Persons, SlotSearch? Search = null);
