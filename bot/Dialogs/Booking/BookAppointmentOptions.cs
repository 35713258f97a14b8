namespace Termine.Bot.Dialogs.Booking;

/// <param name="Opening">The resident's first words, which may already name the service.</param>
public sealed record BookAppointmentOptions(string? Opening, string? ServiceId = null, int? Persons = null);
