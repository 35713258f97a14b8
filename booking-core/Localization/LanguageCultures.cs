using System.Globalization;

namespace Termine.Booking.Localization;

/// <summary>The .NET cultures behind the seven languages.</summary>
public static class LanguageCultures
{
    private static readonly Dictionary<string, CultureInfo> FormattingCultures = Languages.All.ToDictionary(l => l, CreateFormatting);

    /// <summary>The culture whose resources are looked up (neutral, so "de" finds the neutral resources).</summary>
    public static CultureInfo Ui(string language) => CultureInfo.GetCultureInfo(Languages.TryNormalize(language, out var l) ? l : Languages.Default);

    /// <summary>
    /// The culture that writes dates: regional, for weekday and month names, and always the Gregorian calendar — an
    /// appointment in Grevenbroich is on a Gregorian date whatever the resident's own calendar is.
    /// </summary>
    public static CultureInfo Formatting(string language) =>
        FormattingCultures[Languages.TryNormalize(language, out var l) ? l : Languages.Default];

    private static CultureInfo CreateFormatting(string language)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(language switch
        {
            "de" => "de-DE",
            "en" => "en-GB",
            "fr" => "fr-FR",
            "tr" => "tr-TR",
            "ar" => "ar-EG",
            "ru" => "ru-RU",
            _ => "uk-UA",
        }).Clone();
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            culture.DateTimeFormat.Calendar = culture.OptionalCalendars.OfType<GregorianCalendar>().First();
        }

        return CultureInfo.ReadOnly(culture);
    }
}
