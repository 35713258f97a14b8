using System.Globalization;
using System.Resources;

namespace Termine.Booking.Localization;

/// <summary>
/// Resident-facing texts from a .resx set (German neutral, six cultures beside it), asked for in an explicit language:
/// e-mails are written in a background worker for many residents at once, so the thread's culture says nothing.
/// </summary>
public sealed class ResourceTexts(ResourceManager resources)
{
    public string this[string key, string language] => Get(key, language);

    public string Get(string key, string language, params object?[] args)
    {
        var culture = LanguageCultures.Ui(language);
        var text = resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"The text '{key}' is missing.");
        return args.Length == 0 ? text : string.Format(new PluralFormatter(culture, language), text, args);
    }

    /// <summary>"Dienstag, 1. Dezember 2026 um 08:00 Uhr", "вторник, 1 декабря 2026 г., в 08:00".</summary>
    public string DateAndTime(DateTimeOffset localStart, string language)
    {
        var culture = LanguageCultures.Formatting(language);
        var date = localStart.ToString(Get("DateFormat", language), culture);
        var time = localStart.ToString(Get("TimeFormat", language), culture);
        return Get("DateTime", language, date, time);
    }

    public string Date(DateTimeOffset localStart, string language) =>
        localStart.ToString(Get("DateFormat", language), LanguageCultures.Formatting(language));
}
