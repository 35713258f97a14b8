using System.Globalization;
using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// Finds dates and times with our own word tables. It is the whole understanding for Arabic, Russian and Ukrainian
/// and fills the recognizer's gaps for the other languages (parts of the day, "as early as possible", typing
/// without accents, day-first numeric dates). Candidates may overlap; <see cref="WishAssembler"/> picks among them.
/// </summary>
internal static class KeywordReader
{
    /// <summary>The candidates in order of precedence: where two cover the same stretch, the earlier wins.</summary>
    public static List<Mention> Read(string text, DatePatterns patterns, DateOnly today)
    {
        var mentions = new List<Mention>();
        void Add(Regex? regex, Func<Match, Mention, Mention?> read)
        {
            if (regex is null)
            {
                return;
            }

            foreach (Match match in regex.Matches(text))
            {
                if (read(match, new Mention(match.Index, match.Index + match.Length) { IsOwn = true }) is { } mention)
                {
                    mentions.Add(mention);
                }
            }
        }

        Add(patterns.Greetings, (_, m) => m with { IsGreeting = true });
        Add(patterns.AsEarlyAsPossible, (_, m) => m with { AsEarlyAsPossible = true });
        Add(patterns.DayRange, (match, m) => DayRange(match, m, today));
        Add(patterns.Numeric, (match, m) => Numeric(match, m, today));
        Add(patterns.DayMonth, (match, m) => DayOfMonth(match, m, today));
        Add(patterns.MonthDay, (match, m) => DayOfMonth(match, m, today));
        Add(patterns.Month, (match, m) => Month(match, m, today));
        Add(patterns.InWeeks, (match, m) => InWeeks(match, m, today));
        Add(patterns.Periods, (match, m) => Period(match, m, today));
        Add(patterns.RelativeDays, (match, m) => RelativeDay(match, m, today));
        Add(patterns.Recurring, (match, m) => m with { Recurring = Weekday(PatternBuilder.MatchedIndex(match, "r", 7)) });
        Add(patterns.Weekday, (match, m) => WeekdayMention(match, m, today));
        Add(patterns.PartsOfDay, DayPart);
        Add(patterns.HourWords, (match, m) => HourWord(match, m));
        Add(patterns.Clock, (match, m) => Clock(match, m, text, patterns));
        return mentions;
    }

    /// <summary>Monday-first index (as in the tables and ISO) to <see cref="DayOfWeek"/>.</summary>
    public static DayOfWeek Weekday(int mondayFirst) => (DayOfWeek)((mondayFirst + 1) % 7);

    private static Mention? DayRange(Match match, Mention mention, DateOnly today)
    {
        var month = PatternBuilder.MatchedIndex(match, "m", 12) + 1;
        var year = Year(match);
        if (OfficeCalendar.DayOfYear(year, month, Int(match, "d1"), today) is not { } from
            || OfficeCalendar.DayOfYear(year ?? from.Year, month, Int(match, "d"), today) is not { } to)
        {
            return null;
        }

        // Both days are in one month, so "5. bis 1. Dezember" can only be a slip for 1 to 5 December.
        return to >= from ? mention with { From = from, To = to } : mention with { From = to, To = from };
    }

    private static Mention? Numeric(Match match, Mention mention, DateOnly today)
    {
        var (day, month) = (Int(match, "d"), Int(match, "m"));

        // Day first, as everywhere the residents come from; "12/15" cannot be, so it is read month first.
        if (month > 12 && day <= 12)
        {
            (day, month) = (month, day);
        }

        return OfficeCalendar.DayOfYear(Year(match), month, day, today) is { } date ? mention with { From = date, To = date } : null;
    }

    private static Mention? DayOfMonth(Match match, Mention mention, DateOnly today)
    {
        var month = PatternBuilder.MatchedIndex(match, "m", 12) + 1;
        return OfficeCalendar.DayOfYear(Year(match), month, Int(match, "d"), today) is { } date
            ? mention with { From = date, To = date }
            : null;
    }

    private static Mention Month(Match match, Mention mention, DateOnly today)
    {
        var (from, to) = OfficeCalendar.Month(Year(match), PatternBuilder.MatchedIndex(match, "m", 12) + 1, today);
        return mention with { From = from, To = to };
    }

    private static Mention? InWeeks(Match match, Mention mention, DateOnly today)
    {
        var count = match.Groups["two"].Success ? 2 : Count(match);
        var days = match.Groups["days"].Success ? count : count * 7;
        if (days is < 1 or > DateWish.HorizonDays * 2)
        {
            return null;
        }

        var date = today.AddDays(days);
        return mention with { From = date, To = date };
    }

    private static Mention Period(Match match, Mention mention, DateOnly today)
    {
        var monday = OfficeCalendar.MondayOf(today);
        var (from, to) = match.Groups["tw"].Success ? OfficeCalendar.WorkWeek(monday, today)
            : match.Groups["nw"].Success ? OfficeCalendar.WorkWeek(monday.AddDays(7), today)
            : match.Groups["tm"].Success ? OfficeCalendar.Month(today.Year, today.Month, today)
            : OfficeCalendar.Month(today.AddMonths(1).Year, today.AddMonths(1).Month, today);
        return mention with { From = from, To = to };
    }

    private static Mention RelativeDay(Match match, Mention mention, DateOnly today)
    {
        var date = today.AddDays(match.Groups["today"].Success ? 0 : match.Groups["tomorrow"].Success ? 1 : 2);
        return mention with { From = date, To = date };
    }

    private static Mention WeekdayMention(Match match, Mention mention, DateOnly today)
    {
        var weekday = Weekday(PatternBuilder.MatchedIndex(match, "w", 7));
        if (!match.Groups["next"].Success)
        {
            return mention with { Weekday = weekday };
        }

        var date = OfficeCalendar.InNextWeek(today, weekday);
        return mention with { From = date, To = date };
    }

    private static Mention DayPart(Match match, Mention mention) => mention.WithPartOfDay(
        match.Groups["mo"].Success ? PartOfDay.Morning : match.Groups["af"].Success ? PartOfDay.Afternoon : PartOfDay.Evening);

    private static Mention? HourWord(Match match, Mention mention)
    {
        var hour = PatternBuilder.MatchedIndex(match, "hw", 12) + 1;
        return ClockMention(mention, match, hour, match.Groups["half"].Success ? 30 : 0);
    }

    private static Mention? Clock(Match match, Mention mention, string text, DatePatterns patterns)
    {
        var hasMarker = match.Groups["pre"].Success || match.Groups["post"].Success || match.Groups["am"].Success
            || match.Groups["pm"].Success || match.Groups["half"].Success || match.Groups["min"].Success;

        // A bare number is a time only after "ab", "после", "between" and the like, and never a German day ("5.").
        var followedByDot = mention.End < text.Length && text[mention.End] == '.';
        if (!hasMarker && (followedByDot || patterns.BareClockLead?.IsMatch(text[..mention.Start]) != true))
        {
            return null;
        }

        var minutes = match.Groups["min"].Success ? Int(match, "min") : 0;
        return ClockMention(mention, match, Int(match, "h"), minutes + (match.Groups["half"].Success ? 30 : 0));
    }

    private static Mention? ClockMention(Mention mention, Match match, int hour, int minutes)
    {
        hour = match.Groups["pm"].Success ? (hour < 12 ? hour + 12 : hour)
            : match.Groups["am"].Success ? (hour == 12 ? 0 : hour)
            : OfficeCalendar.OfficeHour(hour);
        return hour is >= 0 and < 24 && minutes is >= 0 and < 60 ? mention with { At = new TimeOnly(hour, minutes) } : null;
    }

    private static int Count(Match match)
    {
        var number = match.Groups["n"];
        if (!number.Success)
        {
            return 1;
        }

        return char.IsAsciiDigit(number.Value[0]) ? Int(match, "n") : PatternBuilder.MatchedIndex(match, "c", 10) + 1;
    }

    private static int? Year(Match match)
    {
        if (!match.Groups["y"].Success)
        {
            return null;
        }

        var year = Int(match, "y");
        return year < 100 ? 2000 + year : year;
    }

    private static int Int(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
