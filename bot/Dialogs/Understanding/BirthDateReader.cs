using System.Globalization;
using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// A date of birth as residents write it, alone or inside a sentence, in any of the seven languages: 17.05.1990,
/// 17/5/90, 1990-05-17, 04/23/1991 (US order when the day cannot be a month), "3. April 1991", "April 3, 1991",
/// "the 3rd of April 1991", "1er avril 1991", "3 Nisan 1991'de", "3 апреля 1991", "3 квітня 1991", "٣ نيسان ١٩٩١".
/// </summary>
public static class BirthDateReader
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    // Nobody booking at the office is older; an older date is a typing mistake.
    private const int OldestAge = 120;

    // A two-digit year is in the 2000s only if that makes the person at least this old: "15" in a birth date is
    // far more often 1915's neighbour 1965..1999 typed short than a child's year, and the lead reads it back anyway.
    private const int YoungestAgeForTwoDigitYear = 14;

    private const string Year = "(?<y>\\d{4}|'?\\d{2})(?![\\p{N}])(?!\\s*[.:]\\s*\\d)";

    // What may follow a day number: "3." (de), "3rd" (en), "1er" (fr), "3-го" (ru/uk).
    private const string Day = "(?<d>\\d{1,2})(?:\\s?(?:\\.|st|nd|rd|th|er|re|ere|eme|e|-?(?:го|ого|е)))?";

    // Abbreviations the date tables leave out because "mar" or "jan" alone would be too loose in a wish; next to a
    // day and a year they are safe.
    private static readonly string[] ShortMonths =
    [
        "jan|janv|ocak", "feb|fev|fevr|şub|şubat", "mar|mär|mrz|mart", "apr|avr|nis", "may", "jun|juin|haz",
        "jul|juil|tem", "aug|aou|ağu", "sep|sept|eyl", "oct|okt|eki", "nov|kas", "dec|dez|dek|ara",
    ];

    private static readonly Regex IsoDate = new(
        "(?<![\\p{N}.,/-])(?<y>\\d{4})(?<s>[-./])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})(?![\\p{N}]|[-./]\\d)", Options);

    private static readonly Regex NumericDate = new(
        "(?<![\\p{N}.,/-])(?<a>\\d{1,2}) ?(?<s>[-./]) ?(?<b>\\d{1,2}) ?\\k<s> ?" + Year + "(?![-./]\\d)", Options);

    private static readonly Regex SpacedDate = new("^\\s*(?<a>\\d{1,2}) (?<b>\\d{1,2}) (?<y>\\d{4})\\s*\\.?\\s*$", Options);

    private static readonly Regex CompactDate = new("^\\s*(?<n>\\d{8})\\s*\\.?\\s*$", Options);

    private static readonly Regex DayMonthYear = new(
        $"(?<![\\p{{N}}]){Day}\\s*(?:(?:of|de|من)\\s+)?(?<![\\p{{L}}]){MonthNames()}\\.?(?![\\p{{L}}])\\s*,?\\s*"
        + $"(?:(?:of|de|في|عام|سنة)\\s+)?{Year}", Options);

    private static readonly Regex MonthDayYear = new(
        $"(?<![\\p{{L}}]){MonthNames()}\\.?\\s+(?:the\\s+)?{Day}\\s*,?\\s+{Year}", Options);

    /// <summary>
    /// Reads the one date of birth in <paramref name="text"/>; fails for none, for two different dates, and for dates
    /// that cannot be a birth date (31.02., in the future, more than 120 years ago).
    /// </summary>
    public static bool TryRead(string text, string language, DateOnly today, out BirthDateReading reading)
    {
        var found = Find(text, language, today);
        reading = found?.Reading!;
        return found is not null;
    }

    /// <summary>The one date in the text with where it stands in <see cref="InputText.Clean"/>, or null.</summary>
    internal static (BirthDateReading Reading, int Index, int Length)? Find(string text, string language, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = InputText.From(text).Folded;
        var readings = Candidates(folded, language)
            .Select(candidate => (Reading: Check(candidate.Reading, today), candidate.Index, candidate.Length))
            .Where(candidate => candidate.Reading is not null)
            .ToList();
        if (readings.Count == 0 || readings.Any(r => r.Reading!.Date != readings[0].Reading!.Date))
        {
            return null;
        }

        var first = readings[0];
        return (first.Reading! with { WasAmbiguous = readings.Any(r => r.Reading!.WasAmbiguous) }, first.Index, first.Length);
    }

    private static IEnumerable<(Written Reading, int Index, int Length)> Candidates(string folded, string language)
    {
        foreach (Match match in IsoDate.Matches(folded))
        {
            yield return (new Written(Number(match, "y"), Number(match, "m"), Number(match, "d"), false, false), match.Index, match.Length);
        }

        foreach (var match in NumericDate.Matches(folded).Concat(SpacedDate.Matches(folded)))
        {
            yield return (DayOrMonthFirst(match, language), match.Index, match.Length);
        }

        foreach (Match match in CompactDate.Matches(folded))
        {
            yield return (Compact(match.Groups["n"].Value), match.Index, match.Length);
        }

        foreach (var match in DayMonthYear.Matches(folded).Concat(MonthDayYear.Matches(folded)))
        {
            var month = PatternBuilder.MatchedIndex(match, "m", 12) + 1;
            yield return (new Written(YearOf(match), month, Number(match, "d"), TwoDigitYear(match), false), match.Index, match.Length);
        }
    }

    /// <summary>
    /// Day first, as everywhere outside the US; month first only when the second number cannot be a month
    /// (04/23/1991). Both orders possible means ambiguous where the form is also used month first: with slashes
    /// or dashes, and in English with any separator.
    /// </summary>
    private static Written DayOrMonthFirst(Match match, string language)
    {
        var first = Number(match, "a");
        var second = Number(match, "b");
        var monthFirst = first <= 12 && second > 12;
        var separator = match.Groups["s"].Success ? match.Groups["s"].Value : " ";
        var bothOrders = first <= 12 && second <= 12 && first != second
            && (separator != "." || language.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return monthFirst
            ? new Written(YearOf(match), first, second, TwoDigitYear(match), false)
            : new Written(YearOf(match), second, first, TwoDigitYear(match), bothOrders);
    }

    /// <summary>Eight digits: 19900517 when it starts with a plausible year, else 17051990.</summary>
    private static Written Compact(string digits)
    {
        var leadingYear = int.Parse(digits.AsSpan(0, 4), CultureInfo.InvariantCulture);
        return leadingYear is >= 1900 and <= 2100
            ? new Written(leadingYear, int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture), int.Parse(digits.AsSpan(6, 2), CultureInfo.InvariantCulture), false, false)
            : new Written(int.Parse(digits.AsSpan(4, 4), CultureInfo.InvariantCulture), int.Parse(digits.AsSpan(2, 2), CultureInfo.InvariantCulture), int.Parse(digits.AsSpan(0, 2), CultureInfo.InvariantCulture), false, false);
    }

    /// <summary>The date the numbers make, if it is a possible birth date; a two-digit year gets its century here.</summary>
    private static BirthDateReading? Check(Written written, DateOnly today)
    {
        var year = written.TwoDigitYear ? 2000 + written.Year : written.Year;
        if (written.TwoDigitYear && (!Exists(year, written.Month, written.Day)
            || new DateOnly(year, written.Month, written.Day) > today.AddYears(-YoungestAgeForTwoDigitYear)))
        {
            year -= 100;
        }

        if (!Exists(year, written.Month, written.Day))
        {
            return null;
        }

        var date = new DateOnly(year, written.Month, written.Day);
        return date > today || date < today.AddYears(-OldestAge)
            ? null
            : new BirthDateReading(date, written.Ambiguous || written.TwoDigitYear);
    }

    private static bool Exists(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int YearOf(Match match) => int.Parse(match.Groups["y"].ValueSpan.TrimStart('\''), CultureInfo.InvariantCulture);

    private static bool TwoDigitYear(Match match) => match.Groups["y"].ValueSpan.TrimStart('\'').Length == 2;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    /// <summary>The months of all seven languages at once (a resident may write "3 April" in a French chat), plus short forms.</summary>
    private static string MonthNames() => PatternBuilder.Numbered("m", Enumerable.Range(0, 12)
        .Select(month => string.Join('|', Lexicon.All.Select(words => words.Dates.Months[month]).Append(ShortMonths[month])))
        .ToList());

    /// <summary>The numbers as written, before checking that they make a date.</summary>
    private sealed record Written(int Year, int Month, int Day, bool TwoDigitYear, bool Ambiguous);
}
