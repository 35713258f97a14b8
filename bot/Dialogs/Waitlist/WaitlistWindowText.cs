using System.Globalization;
using Termine.Booking.Localization;
using Termine.Bot.Dialogs.Questions;
using Termine.Bot.Dialogs.Replies;

namespace Termine.Bot.Dialogs.Waitlist;

/// <summary>
/// The waiting window read back in the summary as the resident said it: the days ("26. November 2026" or "1. bis 31.
/// Dezember 2026"), the weekdays joined as the language joins them ("Montag und Donnerstag", "lundi et jeudi"), and the
/// times (the part of the day, or not before / not after a time).
/// </summary>
public static class WaitlistWindowText
{
    private static readonly TimeOnly Noon = new(12, 0);

    /// <summary>The window's lines for the summary: the period, then weekdays and times when the resident named them.</summary>
    public static string Format(WaitlistForm form, string language)
    {
        var texts = DialogTexts.Texts;
        var lines = new List<string>
        {
            (form.From, form.To) switch
            {
                ({ } from, { } to) when from == to => LongDates.Format(from, language),
                ({ } from, { } to) => texts.Get("Waitlist.Window.Range", language, LongDates.Format(from, language), LongDates.Format(to, language)),
                _ => texts["Waitlist.AnyTime", language],
            },
        };
        if (form.Weekdays is { Length: > 0 } weekdays)
        {
            lines.Add(texts.Get("Waitlist.Summary.Weekdays", language, Weekdays(weekdays, language)));
        }

        if (Times(form.NotBefore, form.NotAfter, language) is { } times)
        {
            lines.Add(texts.Get("Waitlist.Summary.Times", language, times));
        }

        return string.Join('\n', lines);
    }

    /// <summary>"Montag, Dienstag und Donnerstag", Monday first; Arabic joins the last with «و» written onto the word.</summary>
    public static string Weekdays(IEnumerable<DayOfWeek> days, string language)
    {
        var culture = LanguageCultures.Formatting(language);
        // The culture writes Ukrainian "пʼятниця" with U+02BC; the office writes the apostrophe as ’ (docs/LANGUAGE.md).
        var names = days.Distinct().OrderBy(d => ((int)d + 6) % 7)
            .Select(d => culture.DateTimeFormat.GetDayName(d).Replace('\u02BC', '\u2019'))
            .ToList();
        if (names.Count == 1)
        {
            return names[0];
        }

        var separator = language == "ar" ? "، " : ", ";
        return string.Join(separator, names[..^1]) + AnswerTexts.Texts["OpeningHours.And", language] + names[^1];
    }

    private static string? Times(TimeOnly? notBefore, TimeOnly? notAfter, string language)
    {
        var texts = DialogTexts.Texts;
        string Time(TimeOnly time) => Bidi.Ltr(time.ToString("HH:mm", CultureInfo.InvariantCulture), language);
        return (notBefore, notAfter) switch
        {
            (null, { } before) when before == Noon => texts["Waitlist.Time.Morning", language],
            ({ } after, null) when after == Noon => texts["Waitlist.Time.Afternoon", language],
            ({ } from, { } before) => texts.Get("Waitlist.Time.Between", language, Time(from), Time(before)),
            ({ } from, null) => texts.Get("Waitlist.Time.From", language, Time(from)),
            (null, { } before) => texts.Get("Waitlist.Time.Before", language, Time(before)),
            _ => null,
        };
    }
}
