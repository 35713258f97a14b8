using System.Globalization;
using System.Text.RegularExpressions;
using Termine.Booking;
using Termine.Bot.Dialogs.Understanding.Clock;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// A clock time a resident types or says to pick an offered slot: in digits ("10:30", "10h30", "um 10 Uhr", "3 pm",
/// "saat 10'da", "в 10", "الساعة ١٠:٣٠") or in words ("halb elf", "a quarter to three", "dix heures et demie",
/// "üçe çeyrek kala", "без четверти три", "о пів на одинадцяту", "العاشرة والنصف"). A bare number ("2") is not a
/// time: it is a list position (<see cref="OrdinalParser"/>).
/// </summary>
public static partial class ClockTimeParser
{
    private static readonly Dictionary<string, Lazy<IReadOnlyList<ClockPhrasePattern>>> Phrases = ClockLexicon.All.ToDictionary(
        words => words.Language, words => new Lazy<IReadOnlyList<ClockPhrasePattern>>(() => ClockPhrasePattern.For(words)));

    /// <summary>Reads the one time in <paramref name="text"/> in any of the seven languages.</summary>
    public static bool TryParse(string text, out TimeOnly time) => TryParse(text, Languages.Default, out time);

    /// <summary>
    /// Reads the one time in <paramref name="text"/>; hours 1..6 without "am" are afternoon (office hours). The
    /// conversation's language is tried first, so a word that is a time elsewhere cannot overrule its own reading.
    /// </summary>
    public static bool TryParse(string text, string language, out TimeOnly time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = InputText.From(text).Folded;
        Languages.TryNormalize(language, out var own);
        var read = ClockLexicon.All.Select(w => w.Language).OrderBy(code => code == own ? 0 : 1)
            .Select(code => Read(folded, Phrases[code].Value))
            .FirstOrDefault(reading => reading is not null)
            ?? Read(folded, []);
        time = read?.Time ?? default;
        return read?.Time is not null;
    }

    /// <summary>
    /// Null when the language's words find nothing (without words: when the digits find nothing); a result with no
    /// time when the text names two different times or an impossible one.
    /// </summary>
    private static Reading? Read(string folded, IReadOnlyList<ClockPhrasePattern> phrases)
    {
        // Every candidate with its stretch of text; the longest wins where they overlap ("um zehn" in "um zehn Uhr
        // dreißig", "à 10" in "à 10 heures et demie"), so words come before the digits' shorter readings.
        var candidates = new List<(int Start, int End, TimeOnly? Time)>();
        foreach (var phrase in phrases)
        {
            candidates.AddRange(phrase.Regex.Matches(folded).Select(m => (m.Index, m.Index + m.Length, phrase.TimeOf(m))));
        }

        if (phrases.Count > 0 && candidates.Count == 0)
        {
            return null;
        }

        candidates.AddRange(Clock().Matches(folded).Select(m => (m.Index, m.Index + m.Length, Digits(m))));
        var kept = new List<(int Start, int End, TimeOnly? Time)>();
        foreach (var candidate in candidates.OrderByDescending(c => c.End - c.Start))
        {
            if (!kept.Any(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        var times = kept.Select(k => k.Time).Distinct().ToList();
        return times.Count switch
        {
            0 => null,
            1 => new Reading(times[0]),
            _ => new Reading(null),
        };
    }

    private static TimeOnly? Digits(Match match)
    {
        var hour = int.Parse(match.Groups["h"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        hour = match.Groups["pm"].Success && hour < 12 ? hour + 12
            : match.Groups["am"].Success ? hour % 12
            : OfficeCalendar.OfficeHour(hour);
        return hour <= 23 && minute <= 59 ? new TimeOnly(hour, minute) : null;
    }

    private sealed record Reading(TimeOnly? Time);

    // Hours with minutes ("10:30", "10h30", "10 uhr 30"), or with a word after them ("10 Uhr", "3 pm", "10'da",
    // "10 ч") or before them ("um 10", "saat 10", "в 10", "о 10", "الساعه 10"); the text is folded, so "à" is "a".
    [GeneratedRegex(
        """
        (?<![\p{L}\p{N}])
        (?:
            (?<h>\d{1,2}) \s* (?:[:.]|h|uhr) \s* (?<min>\d{2}) (?!\d)
          | (?<h>\d{1,2}) \s* (?:(?<am>a\.?m\.?)|(?<pm>p\.?m\.?)|uhr|h|heures?|o'?clock|'?[dt][ae]|час\w*|ч|годин\w*|год)
          | (?:um|at|a|vers|saat|в|о|об|الساعه|ساعه) \s* (?<h>\d{1,2}) (?: \s* (?:[:.]|h|uhr) \s* (?<min>\d{2}) )? (?!\d)
        )
        (?: \s* (?:(?<am>a\.?m\.?)|(?<pm>p\.?m\.?)) )?
        (?![\p{L}\p{N}])
        """,
        RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Clock();
}
