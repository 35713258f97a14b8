using System.Globalization;
using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// A clock time a resident types to pick an offered slot: "10:30", "10.30", "10h30", "10 h 30", "10 Uhr 30",
/// "١٠:٣٠", "um 10 Uhr", "3 pm", "saat 10'da", "в 10", "الساعة 10". A bare number ("2") is not a time: it is a
/// list position (<see cref="OrdinalParser"/>).
/// </summary>
public static partial class ClockTimeParser
{
    /// <summary>Reads the one time in <paramref name="text"/>; hours 1..6 without "am" are afternoon (office hours).</summary>
    public static bool TryParse(string text, out TimeOnly time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        TimeOnly? found = null;
        foreach (Match match in Clock().Matches(InputText.From(text).Folded))
        {
            var hour = int.Parse(match.Groups["h"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var minute = match.Groups["min"].Success ? int.Parse(match.Groups["min"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
            hour = match.Groups["pm"].Success && hour < 12 ? hour + 12
                : match.Groups["am"].Success ? hour % 12
                : OfficeCalendar.OfficeHour(hour);
            if (hour > 23 || minute > 59 || (found is not null && found != new TimeOnly(hour, minute)))
            {
                return false;
            }

            found = new TimeOnly(hour, minute);
        }

        time = found ?? default;
        return found is not null;
    }

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
