using System.Text;
using System.Text.RegularExpressions;
using Termine.Booking.Localization;

namespace Termine.Booking.Notifications;

/// <summary>
/// German words inside Arabic prose — "(Ausländerbehörde)", "«Ausländerbehörde – Wartebereich»", "(eAT)" — isolated as
/// left-to-right runs. Without that a run of several Latin words that wraps at the end of a line takes its brackets to
/// the wrong side and its words out of order ("Rhein-Kreises) Neuss("). Texts in a left-to-right language are returned
/// as they are.
/// </summary>
internal static partial class LatinRuns
{
    /// <summary>The text for an HTML body, encoded, each Latin run in Arabic a <c>&lt;bdi dir="ltr"&gt;</c>.</summary>
    public static string Html(string text, string language, Func<string, string> encode) =>
        Isolate(text, language, encode, run => $"<bdi dir=\"ltr\">{encode(run)}</bdi>");

    /// <summary>The text for a plain-text body, each Latin run in Arabic between Unicode isolates.</summary>
    public static string Plain(string text, string language) =>
        Isolate(text, language, t => t, run => Bidi.Ltr(run, language));

    private static string Isolate(string text, string language, Func<string, string> between, Func<string, string> isolated)
    {
        if (!Languages.IsRightToLeft(language))
        {
            return between(text);
        }

        var result = new StringBuilder();
        var at = 0;
        foreach (Match run in Run().Matches(text))
        {
            result.Append(between(text[at..run.Index])).Append(isolated(run.Value));
            at = run.Index + run.Length;
        }

        return result.Append(between(text[at..])).ToString();
    }

    /// <summary>Latin words (with digits) joined by spaces, hyphens, dashes or full stops: one run, isolated as a whole.</summary>
    [GeneratedRegex(@"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:(?: ?[–-] ?| |\.)[A-Za-z\u00C0-\u024F0-9]+)*")]
    private static partial Regex Run();
}
