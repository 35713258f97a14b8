namespace Termine.Bot.WebBooking;

/// <summary>
/// What the web booking pages carry from choosing a time to booking it: the hold and what it was for. It travels
/// protected (<see cref="HoldTickets"/>) in the page address, so no page keeps state on the server and no personal
/// data ever appears in an address.
/// </summary>
public sealed record HoldTicket(
    Guid HoldId, string ServiceId, int Persons, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset ExpiresAt);
