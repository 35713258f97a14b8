using System.Globalization;
using System.Resources;
using Termine.Booking.Localization;
using Termine.Booking.Scheduling;

namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>
/// What the bot says before the slot buttons, in the resident's language: why the wish cannot be met and what was
/// changed for the slots offered ("Mittwochs haben wir nur vormittags geöffnet. Am Mittwoch, 16. Dezember, hätte ich
/// vormittags noch frei:"). Texts in <c>Resources/OfferTexts*.resx</c>; days always in the Gregorian calendar.
/// </summary>
public static class SlotOfferText
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.Dialogs.Resources.OfferTexts", typeof(SlotOfferText).Assembly));

    private static readonly TimeOnly Noon = new(12, 0);

    public static string Explain(SlotOffer offer, string language) => offer switch
    {
        SlotOffer.Matching => Sentence(Texts["Lead.Matching", language], language) + Texts["Colon", language],
        SlotOffer.Alternatives alternatives => string.Join(" ", Reason(alternatives.Why, language), Leads(alternatives, language)),
        SlotOffer.None none => none.Why is { } why
            ? Reason(why, language) + " " + Texts["Lead.None", language]
            : Texts["Lead.None", language],
        _ => throw new ArgumentOutOfRangeException(nameof(offer)),
    };

    /// <summary>A holiday's name in the resident's language; the one home of these names, the web booking's week view uses it too.</summary>
    public static string HolidayName(HolidayKind kind, string language) => Texts[$"Holiday.{kind}", language];

    /// <summary>Why the wish cannot be met, as one sentence.</summary>
    public static string Reason(WishObstacle why, string language) => Sentence(why switch
    {
        WishObstacle.ClosedPartOfDay closed => ClosedPart(closed, language),
        WishObstacle.OutsideOpeningHours outside => OutsideHours(outside, language),
        WishObstacle.ClosedWeekday closed => Texts.Get("Reason.ClosedWeekday", language, Plural(closed.Day, language)),
        WishObstacle.Holiday holiday => Texts.Get(
            holiday.Kind.IsCustomary() ? "Reason.CustomaryDay" : "Reason.PublicHoliday", language,
            Day(holiday.Date, language), HolidayName(holiday.Kind, language)),
        WishObstacle.ClosingDay closing => Texts.Get("Reason.ClosingDay", language, DayOn(closing.Date, language)),
        WishObstacle.FullyBooked booked => FullyBooked(booked, language),
        WishObstacle.TooSoon => Texts["Reason.TooSoon", language],
        WishObstacle.BeyondHorizon beyond => Texts.Get("Reason.BeyondHorizon", language, Day(beyond.LastDay, language)),
        WishObstacle.InThePast => Texts["Reason.InThePast", language],
        _ => throw new ArgumentOutOfRangeException(nameof(why)),
    }, language);

    /// <summary>What one group of alternatives changed of the wish, without final punctuation.</summary>
    /// <param name="namedDay">The day the sentence before already named, so "that day" is enough.</param>
    public static string Lead(AlternativeGroup group, string language, DateOnly? namedDay = null)
    {
        var days = group.Slots.Select(s => DateOnly.FromDateTime(s.Start.DateTime)).Distinct().ToList();
        var first = days[0];
        var sameDay = group.Change is WishChange.SameDayOtherTime or WishChange.SameWeekdayOtherPartOfDay;
        var text = (group.Change, group.Part) switch
        {
            _ when sameDay && days.Count == 1 && first == namedDay => group.Part is { } part
                ? Texts.Get("Lead.SameDayPart", language, PartText(part, language))
                : Texts["Lead.SameDayOther", language],
            (WishChange.SameWeekdayOtherPartOfDay, { } part) when days.Count == 1 =>
                Texts.Get("Lead.OtherPartOfDay", language, DayOn(first, language), PartText(part, language)),
            (WishChange.SameWeekdayOtherPartOfDay, { } part) when days.All(d => d.DayOfWeek == first.DayOfWeek) =>
                Texts.Get("Lead.OtherPartOfDayRecurring", language, Plural(first.DayOfWeek, language), PartText(part, language)),
            _ when sameDay && days.Count == 1 => Texts.Get("Lead.SameDayOtherTime", language, DayOn(first, language)),
            (WishChange.SamePartOfDayNearestDays, { } part) => Texts.Get("Lead.NearestDaysPart", language, PartText(part, language)),
            (WishChange.SameWeekdayNextWeek, _) => Texts.Get("Lead.NextWeek", language, DayWithWeekday(first, language)),
            (WishChange.NearestFree, _) => Texts["Lead.NearestFree", language],
            _ => Texts["Lead.NearestDays", language],
        };
        return Sentence(text, language);
    }

    private static string Leads(SlotOffer.Alternatives alternatives, string language)
    {
        DateOnly? named = alternatives.Why is WishObstacle.FullyBooked booked && booked.From == booked.To ? booked.From : null;
        return string.Join(". ", alternatives.Groups.Select(g => Lead(g, language, named))) + Texts["Colon", language];
    }

    private static string ClosedPart(WishObstacle.ClosedPartOfDay closed, string language)
    {
        var day = Plural(closed.Day, language);
        var hours = closed.Hours;
        return hours[^1].To <= Noon && closed.Part != DayPart.Morning ? Texts.Get("Reason.OnlyMornings", language, day)
            : hours[0].From >= Noon && closed.Part == DayPart.Morning ? Texts.Get("Reason.OnlyAfternoons", language, day)
            : closed.Part == DayPart.Morning ? Texts.Get("Reason.OpensAt", language, day, Time(hours[0].From, language))
            : Texts.Get("Reason.OpenUntil", language, day, Time(hours[^1].To, language));
    }

    /// <summary>Before opening, in the lunch break, or after closing: whichever the wished time falls into.</summary>
    private static string OutsideHours(WishObstacle.OutsideOpeningHours outside, string language)
    {
        var day = Plural(outside.Day, language);
        var hours = outside.Hours;
        // "Before 8" arrives as 8:00 itself: nothing at opening time fitted, so it was meant before it.
        if (outside.Wished <= hours[0].From)
        {
            return Texts.Get("Reason.OpensAt", language, day, Time(hours[0].From, language));
        }

        var next = hours.Select((stretch, index) => (stretch, index)).FirstOrDefault(h => outside.Wished < h.stretch.To, (null!, -1));
        if (next.index < 0 || (next.index == hours.Count - 1 && outside.Wished >= next.stretch.From))
        {
            return Texts.Get("Reason.OpenUntil", language, day, Time(hours[^1].To, language));
        }

        // In a break, or too close to the end of the stretch before one: the break is what the resident should know.
        var before = outside.Wished < next.stretch.From ? hours[next.index - 1] : next.stretch;
        var after = outside.Wished < next.stretch.From ? next.stretch : hours[next.index + 1];
        return Texts.Get("Reason.LunchBreak", language, day, Time(before.To, language), Time(after.From, language));
    }

    private static string FullyBooked(WishObstacle.FullyBooked booked, string language)
    {
        var part = booked.Part is { } named ? PartText(named, language) : null;
        if (booked.From == booked.To)
        {
            var day = DayOn(booked.From, language);
            return part is not null ? Texts.Get("Reason.FullyBookedPart", language, day, part)
                : booked.AtWishedTime ? Texts.Get("Reason.FullyBookedTime", language, day)
                : Texts.Get("Reason.FullyBooked", language, day);
        }

        var (from, to) = (Day(booked.From, language), Day(booked.To, language));
        return part is not null ? Texts.Get("Reason.FullyBookedRangePart", language, from, to, part)
            : booked.AtWishedTime ? Texts.Get("Reason.FullyBookedRangeTime", language, from, to)
            : Texts.Get("Reason.FullyBookedRange", language, from, to);
    }

    /// <summary>"am Dienstag, 15. Dezember", "во вторник, 15 декабря", "15 Aralık Salı günü".</summary>
    private static string DayOn(DateOnly day, string language) =>
        Texts.Get("DayOn", language, Texts[$"Weekday.On.{day.DayOfWeek}", language], Day(day, language));

    private static string Day(DateOnly day, string language) =>
        day.ToString(Texts["DateFormat", language], LanguageCultures.Formatting(language));

    private static string DayWithWeekday(DateOnly day, string language) =>
        day.ToString(Texts["WeekdayDateFormat", language], LanguageCultures.Formatting(language));

    private static string Time(TimeOnly time, string language) =>
        time.ToString(Texts["TimeFormat", language], LanguageCultures.Formatting(language));

    private static string Plural(DayOfWeek day, string language) => Texts[$"Weekday.Plural.{day}", language];

    private static string PartText(DayPart part, string language) => Texts[$"Part.{part}", language];

    /// <summary>The first letter upper case: the day words are written for the middle of a sentence.</summary>
    private static string Sentence(string text, string language) =>
        text.Length == 0 ? text : LanguageCultures.Formatting(language).TextInfo.ToUpper(text[0]) + text[1..];
}
