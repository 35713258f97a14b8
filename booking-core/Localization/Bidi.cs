namespace Termine.Booking.Localization;

/// <summary>
/// Keeps left-to-right runs whole inside right-to-left text. In an Arabic sentence a phone number "0151 23456789"
/// shows as "23456789 0151" and a German address breaks across lines in the wrong order, because the Unicode bidi
/// algorithm orders the runs by the paragraph's direction. An isolate (UAX #9: LRI/FSI … PDI) makes the run one
/// neutral unit that keeps its own order. HTML uses <c>&lt;bdi&gt;</c> or <c>dir="ltr"</c> for the same thing; plain
/// text, chat messages and the terminal use these characters.
/// </summary>
public static class Bidi
{
    private const char LeftToRightIsolate = '\u2066';
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    /// <summary>
    /// A run that is always written left to right (phone number, reference, e-mail address, German name or address,
    /// URL), isolated when the surrounding text is right to left; unchanged in a left-to-right language.
    /// </summary>
    public static string Ltr(string value, string language) =>
        Languages.IsRightToLeft(language) && value.Length > 0 ? $"{LeftToRightIsolate}{value}{PopDirectionalIsolate}" : value;

    /// <summary>
    /// Text a resident typed (a name), whose direction is unknown: isolated in every language, so an Arabic name in a
    /// German sentence or a Latin one in an Arabic sentence does not pull the punctuation around it.
    /// </summary>
    public static string Isolate(string value) =>
        value.Length > 0 ? $"{FirstStrongIsolate}{value}{PopDirectionalIsolate}" : value;

    /// <summary>The text without isolates, for speech and for anything that compares or parses it.</summary>
    public static string Strip(string value) =>
        value.AsSpan().IndexOfAny(Marks) < 0 ? value : string.Concat(value.Where(c => !Marks.Contains(c)));

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(
        [LeftToRightIsolate, '\u2067', FirstStrongIsolate, PopDirectionalIsolate, '\u200E', '\u200F', '\u061C']);
}
