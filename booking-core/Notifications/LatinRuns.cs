using Termine.Booking.Localization;

namespace Termine.Booking.Notifications;

/// <summary>
/// German words inside Arabic prose — "(Ausländerbehörde)", "«Ausländerbehörde – Wartebereich»", "(eAT)" — isolated as
/// left-to-right runs. Without that a run of several Latin words that wraps at the end of a line takes its brackets to
/// the wrong side and its words out of order ("Rhein-Kreises) Neuss("). Texts in a left-to-right language are returned
/// as they are.
/// </summary>
internal static class LatinRuns
{
    /// <summary>The text for an HTML body, encoded, each Latin run in Arabic a <c>&lt;bdi dir="ltr"&gt;</c>.</summary>
    public static string Html(string text, string language, Func<string, string> encode) =>
        Isolate(text, language, encode, run => $"<bdi dir=\"ltr\">{encode(run)}</bdi>");

    /// <summary>The text for a plain-text body, each Latin run in Arabic between Unicode isolates.</summary>
    public static string Plain(string text, string language) =>
        Bidi.LtrRuns(text, language);

    private static string Isolate(string text, string language, Func<string, string> between, Func<string, string> isolated) =>
        string.Concat(Bidi.Runs(text, language).Select(run => run.LeftToRight ? isolated(run.Text) : between(run.Text)));
}
