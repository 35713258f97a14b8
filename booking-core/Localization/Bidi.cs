using System.Text.RegularExpressions;

namespace Termine.Booking.Localization;

/// <summary>
/// Keeps left-to-right runs whole inside right-to-left text. In an Arabic sentence a phone number "0151 23456789"
/// shows as "23456789 0151" and a German address breaks across lines in the wrong order, because the Unicode bidi
/// algorithm orders the runs by the paragraph's direction. An isolate (UAX #9: LRI/FSI … PDI) makes the run one
/// neutral unit that keeps its own order. HTML uses <c>&lt;bdi&gt;</c> or <c>dir="ltr"</c> for the same thing; plain
/// text, chat messages and the terminal use these characters.
/// </summary>
public static partial class Bidi
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

    /// <summary>
    /// A translated text cut into runs. In a right-to-left language each run of Latin letters and digits — a German
    /// name in brackets "(Ausländerbehörde)", "QR", "35 × 45 mm", a time — is marked left to right, so that the brackets
    /// and full stops around it stay in place and its words in their order ("35 45 ×" otherwise); in a left-to-right
    /// language the text is one run. HTML isolates the marked runs with <c>&lt;bdi dir="ltr"&gt;</c>, plain text with
    /// <see cref="Ltr"/>.
    /// </summary>
    public static IEnumerable<(string Text, bool LeftToRight)> Runs(string text, string language)
    {
        if (!Languages.IsRightToLeft(language))
        {
            yield return (text, false);
            yield break;
        }

        var at = 0;
        foreach (Match run in LatinRun().Matches(text))
        {
            if (run.Index > at)
            {
                yield return (text[at..run.Index], false);
            }

            yield return (run.Value, true);
            at = run.Index + run.Length;
        }

        if (at < text.Length)
        {
            yield return (text[at..], false);
        }
    }

    /// <summary>The text with each of its <see cref="Runs"/> that is left to right isolated (plain text, chat messages).</summary>
    public static string LtrRuns(string text, string language) =>
        string.Concat(Runs(text, language).Select(run => run.LeftToRight ? Ltr(run.Text, language) : run.Text));

    /// <summary>Latin letters and digits, with the spaces, dashes and signs that join them inside one name or measure.</summary>
    [GeneratedRegex(@"[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F .:/@+×\-–]*[A-Za-z0-9\u00C0-\u024F])?")]
    private static partial Regex LatinRun();

    /// <summary>The text without isolates, for speech and for anything that compares or parses it.</summary>
    public static string Strip(string value) =>
        value.AsSpan().IndexOfAny(Marks) < 0 ? value : string.Concat(value.Where(c => !Marks.Contains(c)));

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(
        [LeftToRightIsolate, '\u2067', FirstStrongIsolate, PopDirectionalIsolate, '\u200E', '\u200F', '\u061C']);
}
