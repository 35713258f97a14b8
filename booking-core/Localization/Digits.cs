namespace Termine.Booking.Localization;

/// <summary>
/// Digits as residents type them: Arabic keyboards give Arabic-Indic digits (٠–٩), Persian and Urdu ones the extended
/// forms (۰–۹). Anything that reads a number reads them as 0–9, and stores the latter.
/// </summary>
public static class Digits
{
    public static char ToAscii(char character) => character switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (character - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (character - '\u06F0')),
        _ => character,
    };

    public static string ToAscii(string text) =>
        text.Any(c => ToAscii(c) != c) ? string.Concat(text.Select(ToAscii)) : text;
}
