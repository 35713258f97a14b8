using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DataTypes.TimexExpression;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// Turns the answers of Microsoft.Recognizers.Text.DateTime into mentions, by their TIMEX expression (which says
/// what was understood, not a guessed instant). Where the recognizer is ambiguous ("10 Uhr" is 10:00 and 22:00) we
/// choose; where it extracted text without resolving it ("le matin") it yields nothing and our own tables answer.
/// </summary>
internal static class RecognizerReader
{
    /// <summary>The recognizer culture for a language, or null: it has no usable model for ar, ru or uk and would
    /// silently read them as English.</summary>
    public static string? CultureFor(string language) => language switch
    {
        "de" => Culture.German,
        "en" => Culture.English,
        "fr" => Culture.French,
        "tr" => Culture.Turkish,
        _ => null,
    };

    public static IEnumerable<Mention> Read(IEnumerable<ModelResult> results, string foldedText, DatePatterns patterns, DateOnly today)
    {
        foreach (var result in results)
        {
            if (result.Resolution?.GetValueOrDefault("values") is not IEnumerable<IDictionary<string, string>> values)
            {
                continue;
            }

            var mention = new Mention(result.Start, result.End + 1);
            if (IsInsideWord(foldedText, mention))
            {
                // The recognizer sometimes cuts into a number: "um 99 Uhr" gives "9 uhr".
                continue;
            }

            var value = Choose(values.ToList());
            var recurs = Get(value, "type") == "set";
            if (Get(value, "timex") is { } timex && Convert(mention, timex, recurs, today) is { } converted)
            {
                yield return converted with { Bound = Bound(Get(value, "Mod"), foldedText, converted, patterns) };
            }
        }
    }

    private static bool IsInsideWord(string text, Mention mention) =>
        (mention.Start > 0 && char.IsLetterOrDigit(text[mention.Start - 1]) && char.IsLetterOrDigit(text[mention.Start]))
        || (mention.End < text.Length && char.IsLetterOrDigit(text[mention.End]) && char.IsLetterOrDigit(text[mention.End - 1]));

    private static string? Get(IDictionary<string, string>? value, string key) =>
        value is not null && value.TryGetValue(key, out var text) ? text : null;

    /// <summary>Of several readings, the one inside office hours ("10 Uhr" → 10:00 rather than 22:00).</summary>
    private static IDictionary<string, string>? Choose(List<IDictionary<string, string>> values) =>
        values.FirstOrDefault(v => v.TryGetValue("timex", out var timex) && HourOf(timex) is { } hour && OfficeCalendar.IsOfficeHour(hour))
        ?? values.FirstOrDefault();

    private static int? HourOf(string timex)
    {
        var at = timex.IndexOf('T', StringComparison.Ordinal);
        return at >= 0 && at + 3 <= timex.Length && int.TryParse(timex.AsSpan(at + 1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            ? hour
            : null;
    }

    private static Mention? Convert(Mention mention, string timex, bool recurs, DateOnly today)
    {
        if (timex == "FUTURE_REF")
        {
            // "so früh wie möglich", "dès que possible", "asap".
            return mention with { AsEarlyAsPossible = true };
        }

        if (timex.StartsWith('('))
        {
            return Range(mention, timex.Trim('(', ')').Split(','), today);
        }

        if (timex.StartsWith('P') || timex.EndsWith("_REF", StringComparison.Ordinal))
        {
            return null;
        }

        var property = new TimexProperty(timex);
        var withDate = recurs && property.DayOfWeek is { } recurring
            ? mention with { Recurring = KeywordReader.Weekday(recurring - 1) }
            : WithDate(mention, property, today);
        var withTime = WithTime(withDate ?? mention, property);
        return withDate is null && ReferenceEquals(withTime, mention) ? null : withTime;
    }

    private static Mention? Range(Mention mention, string[] parts, DateOnly today)
    {
        if (parts.Length < 2)
        {
            return null;
        }

        var (start, end) = (new TimexProperty(parts[0]), new TimexProperty(parts[1]));

        // "du 1er au 5 décembre" comes as (XXXX-XX-01,XXXX-12-05): the first day takes the second day's month.
        if (start.DayOfMonth is not null && start.Month is null && end.Month is { } month)
        {
            start.Month = start.DayOfMonth <= end.DayOfMonth ? month : month == 1 ? 12 : month - 1;
        }

        if (WithDate(mention, start, today) is { From: { } from } && WithDate(mention, end, today) is { } last)
        {
            // Days without a year are already rolled forward, so 28.12. to 3.1. arrives in order; reversed days are a slip.
            var to = last.To ?? last.From ?? from;
            return WithTimeRange(to >= from ? mention with { From = from, To = to } : mention with { From = to, To = from }, start, end);
        }

        return start.Hour is not null && end.Hour is not null ? WithTimeRange(mention, start, end) : null;
    }

    private static Mention WithTimeRange(Mention mention, TimexProperty start, TimexProperty end) =>
        start.Hour is { } from && end.Hour is { } to
            ? mention with { NotBefore = new TimeOnly(from, start.Minute ?? 0), StartBefore = new TimeOnly(to % 24, end.Minute ?? 0) }
            : mention;

    private static Mention? WithDate(Mention mention, TimexProperty property, DateOnly today)
    {
        if (property.WeekOfYear is { } week && property.Year is { } weekYear)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(weekYear, week, DayOfWeek.Monday));
            var (from, to) = OfficeCalendar.WorkWeek(monday, today);
            return mention with { From = from, To = to };
        }

        if (property.DayOfMonth is { } day)
        {
            var date = property.Month is { } month
                ? OfficeCalendar.DayOfYear(property.Year, month, day, today)
                : OfficeCalendar.DayOfMonth(day, today);
            return date is { } d ? mention with { From = d, To = d } : null;
        }

        if (property.Month is { } wholeMonth)
        {
            var (from, to) = OfficeCalendar.Month(property.Year, wholeMonth, today);
            return mention with { From = from, To = to };
        }

        return property.DayOfWeek is { } weekday ? mention with { Weekday = KeywordReader.Weekday(weekday - 1) } : null;
    }

    private static Mention WithTime(Mention mention, TimexProperty property)
    {
        if (property.Hour is { } hour)
        {
            return mention with { At = new TimeOnly(hour % 24, property.Minute ?? 0) };
        }

        return property.PartOfDay switch
        {
            "MO" => mention.WithPartOfDay(PartOfDay.Morning),
            "AF" => mention.WithPartOfDay(PartOfDay.Afternoon),
            "EV" or "NI" => mention.WithPartOfDay(PartOfDay.Evening),
            _ => mention,
        };
    }

    private static Bound Bound(string? modifier, string foldedText, Mention mention, DatePatterns patterns) => modifier switch
    {
        "after" or "since" => Understanding.Bound.After,

        // The recognizer says "before" for "bis 10.12." and "10 Aralık'a kadar" as well, which include the day itself.
        "before" when patterns.Until?.IsMatch(foldedText.AsSpan(mention.Start, mention.Length)) == true => Understanding.Bound.Until,
        "before" => Understanding.Bound.Before,
        "until" => Understanding.Bound.Until,
        _ => Understanding.Bound.None,
    };
}
