namespace Termine.Booking;

/// <summary>The seven languages every resident-facing text exists in. German is the office's own and the fallback.</summary>
public static class Languages
{
    public const string Default = "de";

    public static readonly IReadOnlyList<string> All = ["de", "en", "fr", "tr", "ar", "ru", "uk"];

    /// <summary>Accepts "de", "DE", "de-DE" or "uk_UA"; returns the two-letter code when it is one of the seven.</summary>
    public static bool TryNormalize(string? value, out string language)
    {
        language = Default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var code = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        if (!All.Contains(code))
        {
            return false;
        }

        language = code;
        return true;
    }

    public static bool IsRightToLeft(string language) => language == "ar";
}
