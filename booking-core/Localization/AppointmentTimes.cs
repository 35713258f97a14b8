using System.Resources;

namespace Termine.Booking.Localization;

/// <summary>
/// How an appointment's day and time are written for a resident, in one home for the e-mails, the chat, the pages and
/// the printed confirmation, so a resident reads the same words for the same appointment wherever it is shown. The
/// formats are texts (<c>Resources/AppointmentTimeTexts*.resx</c>) because each language orders and words them its own
/// way; the cultures only give the weekday and month names. Times are the office's local times.
/// </summary>
public static class AppointmentTimes
{
    private static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Booking.Localization.Resources.AppointmentTimeTexts", typeof(AppointmentTimes).Assembly));

    /// <summary>"Dienstag, 1. Dezember 2026 um 08:00 Uhr", "вторник, 1 декабря 2026 г., в 08:00".</summary>
    public static string DateAndTime(DateTimeOffset localStart, string language) =>
        Texts.Get("DateTime", language, Date(localStart, language), Time(localStart, language));

    /// <summary>"Dienstag, 1. Dezember 2026", "1 Aralık 2026 Salı".</summary>
    public static string Date(DateTimeOffset localStart, string language) =>
        localStart.ToString(Texts["DateFormat", language], LanguageCultures.Formatting(language));

    /// <summary>A day without a time, written as an appointment's day is.</summary>
    public static string Date(DateOnly day, string language) =>
        day.ToString(Texts["DateFormat", language], LanguageCultures.Formatting(language));

    /// <summary>"08:00", in French "8 h 00".</summary>
    public static string Time(DateTimeOffset local, string language) =>
        local.ToString(Texts["TimeFormat", language], LanguageCultures.Formatting(language));
}
