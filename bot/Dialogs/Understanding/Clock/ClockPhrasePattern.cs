using System.Globalization;
using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding.Clock;

/// <summary>One <see cref="ClockPhrase"/> compiled over folded text, and the time a match of it says.</summary>
internal sealed partial class ClockPhrasePattern
{
    private const int MaxHourWords = 18;

    private readonly ClockPhrase _phrase;

    private ClockPhrasePattern(Regex regex, ClockPhrase phrase) => (Regex, _phrase) = (regex, phrase);

    public Regex Regex { get; }

    /// <summary>Compiles every phrase of a language.</summary>
    public static IReadOnlyList<ClockPhrasePattern> For(ClockWords words)
    {
        var build = new PatternBuilder(words.Language);
        var am = $"(?:(?<am>{InputText.Fold(words.Am)})|(?<pm>{InputText.Fold(words.Pm)}))";
        var before = words.AmBefore.Length == 0 ? string.Empty
            : $"(?:(?:(?<am>{InputText.Fold(words.AmBefore)})|(?<pm>{InputText.Fold(words.PmBefore)})) )?";
        return words.Phrases.Select(phrase =>
        {
            var body = Placeholder().Replace(InputText.Fold(phrase.Pattern), slot => Expand(slot, words, am));
            var suffix = phrase.Pattern.Contains("{ampm}", StringComparison.Ordinal) || words.Am.Length == 0 ? string.Empty : $"(?: ?{am})?";
            return new ClockPhrasePattern(build.Words($"{before}(?:{body}){suffix}")!, phrase);
        }).ToArray();
    }

    /// <summary>The time of a match, or null when it names no time of day (an hour 25, minute 60).</summary>
    public TimeOnly? TimeOf(Match match)
    {
        int? hour = _phrase.Hour;
        for (var h = 1; hour is null && h <= MaxHourWords; h++)
        {
            hour = match.Groups["h" + h].Success ? h : null;
        }

        hour ??= match.Groups["hd"].Success ? Int(match.Groups["hd"].Value) : null;
        if (hour is not { } said || said > 23)
        {
            return null;
        }

        var minutes = match.Groups["md"].Success ? Int(match.Groups["md"].Value) : MinuteWord(match);
        var minute = _phrase.Minute + (_phrase.MinuteSign * minutes);
        said += _phrase.HourShift;
        said = said == 0 && _phrase.HourShift != 0 ? 12 : said;
        said = match.Groups["pm"].Success ? (said < 12 ? said + 12 : said)
            : match.Groups["am"].Success ? said % 12
            : OfficeCalendar.OfficeHour(said);
        return said is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(said, minute) : null;
    }

    private static int MinuteWord(Match match)
    {
        for (var minute = 5; minute < 60; minute += 5)
        {
            if (match.Groups["m" + minute].Success)
            {
                return minute;
            }
        }

        return 0;
    }

    private static string Expand(Match slot, ClockWords words, string amPm)
    {
        var kind = slot.Groups["kind"].Value;
        var form = slot.Groups["form"].Success ? slot.Groups["form"].Value : "nom";
        return kind switch
        {
            "ampm" => amPm,
            "h" or "hw" => HourWords(words.Hours[form], kind == "h" ? $"(?<hd>\\d{{1,2}}){words.DigitSuffix}" : null),
            _ => MinuteWords(words.Minutes[form], kind == "m" ? "(?<md>\\d{2})" : null),
        };
    }

    // Longest first: Turkish "on bir" (11) must be tried before "on" (10).
    private static string HourWords(string[] hours, string? digits)
    {
        var alternatives = hours
            .Select((words, index) => (words, hour: index + 1))
            .Where(e => e.words.Length > 0)
            .Reverse()
            .Select(e => $"(?<h{e.hour}>{InputText.Fold(e.words)})");
        return $"(?:{string.Join('|', digits is null ? alternatives : alternatives.Append(digits))})";
    }

    private static string MinuteWords((int Minute, string Words)[] minutes, string? digits)
    {
        var alternatives = minutes.OrderByDescending(e => e.Minute).Select(e => $"(?<m{e.Minute}>{InputText.Fold(e.Words)})");
        return $"(?:{string.Join('|', digits is null ? alternatives : alternatives.Append(digits))})";
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\{(?<kind>hw|h|mw|m|ampm)(?::(?<form>\w+))?\}")]
    private static partial Regex Placeholder();
}
