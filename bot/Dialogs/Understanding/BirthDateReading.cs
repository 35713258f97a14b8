namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// A date of birth read from a message. <paramref name="WasAmbiguous"/> says the digits could also be read another
/// way (03/04/1991, a two-digit year), so the date should be read back to the resident with the month as a word.
/// </summary>
public sealed record BirthDateReading(DateOnly Date, bool WasAmbiguous);
