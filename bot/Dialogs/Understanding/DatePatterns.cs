using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// The compiled expressions for one language's <see cref="DateWords"/>, built once per language on first use (or in
/// <see cref="DateWishParser.WarmUp"/>) and shared by all threads: <see cref="Regex"/> is safe for concurrent matching.
/// </summary>
internal sealed class DatePatterns
{
    private static readonly Dictionary<string, Lazy<DatePatterns>> ByLanguage = Lexicon.All.ToDictionary(
        words => words.Language, words => new Lazy<DatePatterns>(() => new DatePatterns(words)));

    private DatePatterns(LanguageWords language)
    {
        var words = language.Dates;
        var build = new PatternBuilder(language.Language);
        var fold = PatternBuilder.Fold;
        var number = $"(?<n>\\d{{1,2}}|{PatternBuilder.Numbered("c", language.Numbers.Cardinals)})";
        var months = PatternBuilder.Numbered("m", words.Months);
        var day = $"(?<d>\\d{{1,2}})(?:{fold(words.DaySuffix)})?";
        var join = words.DayMonthJoin.Length > 0 ? $"(?:{fold(words.DayMonthJoin)}\\s+)?" : string.Empty;
        var year = "(?:,?\\s*(?<y>\\d{4}))?";
        var next = words.Next.Length > 0 ? $"(?:(?<next>{fold(words.Next)})\\s+)?" : string.Empty;
        var nextAfter = words.NextAfter.Length > 0 ? $"(?:\\s+(?<next>{fold(words.NextAfter)}))?" : string.Empty;
        var rangeFrom = words.RangeFrom.Length > 0 ? $"(?:{fold(words.RangeFrom)}\\s+)?" : string.Empty;
        var rangeTo = fold(words.RangeTo);
        var clockBefore = words.ClockBefore.Length > 0 ? $"(?:(?<pre>{fold(words.ClockBefore)})\\s*)?" : string.Empty;
        var half = words.HalfPast.Length > 0 ? $"(?:\\s*(?<half>{fold(words.HalfPast)}))?" : string.Empty;
        var afterHour = PatternBuilder.Named(("am", fold(words.Am)), ("pm", fold(words.Pm)), ("post", fold(words.ClockAfter)));
        var clockAfter = words.ClockAfter.Length > 0 ? $"(?:{fold(words.ClockAfter)}\\s*)?" : string.Empty;

        Greetings = build.Words(fold(words.Greetings));
        AsEarlyAsPossible = build.Words(fold(words.AsEarlyAsPossible));
        PartsOfDay = build.Words(PatternBuilder.Named(("mo", fold(words.Morning)), ("af", fold(words.Afternoon)), ("ev", fold(words.Evening))));
        RelativeDays = build.Words(PatternBuilder.Named(("today", fold(words.Today)), ("tomorrow", fold(words.Tomorrow)), ("after", fold(words.DayAfterTomorrow))));
        Periods = build.Words(PatternBuilder.Named(
            ("tw", fold(words.ThisWeek)), ("nw", fold(words.NextWeek)), ("tm", fold(words.ThisMonth)), ("nm", fold(words.NextMonth))));
        InWeeks = build.Words(PatternBuilder.Named(
            ("weeks", fold(words.InWeeks).Replace("{n}", number)),
            ("days", fold(words.InDays).Replace("{n}", number)),
            ("two", fold(words.InTwoWeeks))));
        Recurring = build.Words(PatternBuilder.Numbered("r", words.RecurringWeekdays));
        Weekday = build.Words($"{next}{PatternBuilder.Numbered("w", words.Weekdays)}{nextAfter}");
        Month = build.Words($"{next}{months}(?:\\s+(?<y>\\d{{4}}))?");
        DayMonth = build.Words($"{day}\\s*{join}{months}{year}");
        MonthDay = build.Words($"{months}\\s+{day}{year}");
        DayRange = build.Words(
            $"{rangeFrom}(?<d1>\\d{{1,2}})(?:{fold(words.DaySuffix)})?\\s*{rangeTo}\\s*{day}\\s*{join}{months}{year}");
        Numeric = build.Words(
            "(?:(?<d>\\d{1,2})[./](?<m>\\d{1,2})(?:[./](?<y>\\d{4}|\\d{2}))?\\.?(?![.:/]?\\d)|(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2}))");
        Clock = build.Words(
            $"{clockBefore}(?<h>\\d{{1,2}})(?:\\s*(?:[:.]|h|uhr)\\s*(?<min>\\d{{2}}))?(?:\\s*(?:{afterHour}))?{half}");
        HourWords = words.HourWords.Length == 0 ? null : build.Words(
            $"{fold(words.ClockBefore)}\\s*{PatternBuilder.Numbered("hw", words.HourWords, longestFirst: true)}{half}(?:\\s*(?:{afterHour}))?");

        BoundBefore = build.Ending(PatternBuilder.Named(
            ("after", fold(words.After)), ("before", fold(words.Before)), ("until", fold(words.Until)), ("except", fold(words.Except))));
        BoundAfter = PatternBuilder.Beginning(PatternBuilder.Named(
            ("after", fold(words.AfterSuffix)), ("before", fold(words.BeforeSuffix)), ("until", fold(words.UntilSuffix)),
            ("except", fold(words.ExceptSuffix))));
        Until = build.Words(PatternBuilder.Named(("word", fold(words.Until)), ("suffix", fold(words.UntilSuffix))));
        BareClockLead = build.Ending(PatternBuilder.Named(
            ("bound", PatternBuilder.Named(("a", fold(words.After)), ("b", fold(words.Before)), ("u", fold(words.Until)), ("f", fold(words.RangeFrom)))),
            ("second", $"\\d{{1,2}}(?:[:.]\\d{{2}})?\\s*{clockAfter}{rangeTo}")));
        RangeLead = build.Ending(fold(words.RangeFrom));
        RangeGap = PatternBuilder.Whole(rangeTo);
        RangeEnd = PatternBuilder.Beginning(fold(words.RangeEnd));
    }

    public Regex? Greetings { get; }

    public Regex? AsEarlyAsPossible { get; }

    /// <summary>Groups "mo", "af", "ev".</summary>
    public Regex? PartsOfDay { get; }

    /// <summary>Groups "today", "tomorrow", "after" (the day after tomorrow).</summary>
    public Regex? RelativeDays { get; }

    /// <summary>Groups "tw", "nw", "tm", "nm": this/next week, this/next month.</summary>
    public Regex? Periods { get; }

    /// <summary>Groups "weeks" or "days" with the number "n" (cardinal words "c0".."c9"), or "two" (weeks).</summary>
    public Regex? InWeeks { get; }

    /// <summary>Groups "r0".."r6", Monday first.</summary>
    public Regex? Recurring { get; }

    /// <summary>Groups "w0".."w6", Monday first, and "next".</summary>
    public Regex? Weekday { get; }

    /// <summary>Groups "m0".."m11", "next" and "y".</summary>
    public Regex? Month { get; }

    public Regex? DayMonth { get; }

    public Regex? MonthDay { get; }

    /// <summary>"1 to 5 December": groups "d1", "d", the month and "y".</summary>
    public Regex? DayRange { get; }

    /// <summary>"15.12.", "15/12/2026", "2026-12-15": groups "d", "m", "y".</summary>
    public Regex? Numeric { get; }

    /// <summary>Groups "pre", "h", "min", "am", "pm", "post", "half".</summary>
    public Regex? Clock { get; }

    /// <summary>Hours as words: groups "hw0".."hw11", "half", "am", "pm".</summary>
    public Regex? HourWords { get; }

    /// <summary>Matched on the text before a mention: groups "after", "before", "until", "except".</summary>
    public Regex? BoundBefore { get; }

    /// <summary>Matched on the text after a mention: groups "after", "before", "until", "except".</summary>
    public Regex? BoundAfter { get; }

    /// <summary>The "until" words before or after a day, to tell the recognizer's "before" from "until" (it has one for both).</summary>
    public Regex? Until { get; }

    /// <summary>
    /// Matched on the text before a bare number ("ab 15", "с 10 до 12", "between 10 and 12"): only after such words is
    /// a number without "Uhr", "h" or minutes a clock time.
    /// </summary>
    public Regex? BareClockLead { get; }

    /// <summary>Matched on the text before the first mention of a range ("from", "vom", "с"), which belongs to it.</summary>
    public Regex? RangeLead { get; }

    /// <summary>Matched on the whole text between two mentions that make a range.</summary>
    public Regex? RangeGap { get; }

    /// <summary>Matched on the text after the second mention of a range (Turkish "kadar").</summary>
    public Regex? RangeEnd { get; }

    /// <summary>The patterns for a two-letter code as <see cref="Termine.Booking.Languages.TryNormalize"/> gives it.</summary>
    public static DatePatterns For(string language) => ByLanguage[language].Value;
}
