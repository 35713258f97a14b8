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
}
