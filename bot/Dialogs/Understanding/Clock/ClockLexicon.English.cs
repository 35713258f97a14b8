namespace Termine.Bot.Dialogs.Understanding.Clock;

internal static partial class ClockLexicon
{
    private static ClockWords English() => new()
    {
        Language = "en",
        Hours = new Dictionary<string, string[]>
        {
            ["nom"] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
        },
        Minutes = new Dictionary<string, (int, string)[]>
        {
            ["nom"] = FiveMinuteSteps(
                "oh five|o five", "ten", "fifteen", "twenty", "twenty[- ]?five", "thirty", "thirty[- ]?five", "forty",
                "forty[- ]?five", "fifty", "fifty[- ]?five"),
        },
        Phrases =
        [
            new("half past {h}", Minute: 30),
            new("half {hw}", Minute: 30),
            new("(?:a )?quarter (?:past|after) {h}", Minute: 15),
            new("(?:a )?quarter (?:to|of|before|till) {h}", HourShift: -1, Minute: 45),
            new("{m}(?: minutes?)? (?:past|after) {h}"),
            new("{mw}(?: minutes?)? (?:to|before|till) {h}", HourShift: -1, Minute: 60, MinuteSign: -1),
            new("{h} o'?clock"),
            new("{hw} {mw}"),
            new("(?:at|around) {h}(?: {mw})?"),
            new("{hw}(?: {mw})? {ampm}"),
            new("(?:at )?(?:noon|midday)|twelve noon", Hour: 12),
        ],
        Am = "a\\.?m\\.?|in the morning",
        Pm = "p\\.?m\\.?|in the afternoon|in the evening",
    };
}
