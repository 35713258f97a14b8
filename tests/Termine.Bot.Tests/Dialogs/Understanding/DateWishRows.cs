namespace Termine.Bot.Tests.Dialogs.Understanding;

/// <summary>
/// One language's date wishes in the shape every language shares: text, expected From, To, weekdays, NotBefore,
/// StartBefore and "as early as possible". Dates are ISO ("2026-12-01"), times "HH:mm", weekdays comma-separated
/// English names; a row without From expects no wish at all.
/// </summary>
public sealed class DateWishRows : TheoryData<string, string, string?, string?, string?, string?, string?, bool>
{
    private readonly string _language;

    public DateWishRows(string language) => _language = language;

    /// <summary>Adds a row; <paramref name="to"/> defaults to <paramref name="from"/> (a single day).</summary>
    public void Add(
        string text,
        string? from,
        string? to = null,
        string? weekdays = null,
        string? notBefore = null,
        string? startBefore = null,
        bool asEarlyAsPossible = false) =>
        Add(_language, text, from, to ?? from, weekdays, notBefore, startBefore, asEarlyAsPossible);
}
