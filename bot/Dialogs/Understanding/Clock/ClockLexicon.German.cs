namespace Termine.Bot.Dialogs.Understanding.Clock;

internal static partial class ClockLexicon
{
    private static ClockWords German() => new()
    {
        Language = "de",
        Hours = new Dictionary<string, string[]>
        {
            ["nom"] =
            [
                "eins|ein", "zwei|zwo", "drei", "vier", "fünf|fuenf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
                "zwölf|zwoelf", "dreizehn", "vierzehn", "fünfzehn|fuenfzehn", "sechzehn", "siebzehn", "achtzehn",
            ],
        },
        Minutes = new Dictionary<string, (int, string)[]>
        {
            ["nom"] = FiveMinuteSteps(
                "fünf|fuenf", "zehn", "fünfzehn|fuenfzehn", "zwanzig", "fünfundzwanzig|fuenfundzwanzig",
                "dreißig|dreissig", "fünfunddreißig|fünfunddreissig|fuenfunddreissig", "vierzig",
                "fünfundvierzig|fuenfundvierzig", "fünfzig|fuenfzig", "fünfundfünfzig|fuenfundfuenfzig"),
        },
        Phrases =
        [
            new("halb {h}", HourShift: -1, Minute: 30),
            new("(?:ein )?viertel nach {h}", Minute: 15),
            new("(?:ein )?viertel vor {h}", HourShift: -1, Minute: 45),
            new("drei ?viertel {h}", HourShift: -1, Minute: 45),
            new("viertel {h}", HourShift: -1, Minute: 15),
            new("{m}(?: minuten)? nach halb {h}", HourShift: -1, Minute: 30),
            new("{m}(?: minuten)? vor halb {h}", HourShift: -1, Minute: 30, MinuteSign: -1),
            new("{m}(?: minuten)? nach {h}"),
            new("{m}(?: minuten)? vor {h}", HourShift: -1, Minute: 60, MinuteSign: -1),
            new("{h} uhr(?: {m})?"),
            new("(?:um|gegen|punkt|so um|um ca\\.?) {h}(?: {mw})?"),
        ],
        Am = "morgens|früh|frueh|vormittags|am vormittag|in der früh",
        Pm = "nachmittags|am nachmittag|abends|am abend|mittags",
    };
}
