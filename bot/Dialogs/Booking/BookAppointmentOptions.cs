namespace Termine.Bot.Dialogs.Booking;

/// <param name="Opening">The resident's first words, which may already name the service.</param>
/// <param name="Search">A date wish to offer slots for at once (the waiting list found slots free for its window).</param>
public sealed record BookAppointmentOptions(string? Opening, string? ServiceId = null, int? Persons = null, SlotSearch? Search = null);
