using System.Globalization;

namespace Termine.Bot.Legal;

/// <summary>
/// A number of days from configuration said as the language says it: "30 дней" but "21 день", "30 يومًا" but "5 أيام".
/// The forms are the plural categories of the Unicode CLDR for the seven languages, each a text (Days.One … Days.Other).
/// </summary>
public static class DayCount
{
    public static string Text(int days, string language) =>
        LegalTexts.Texts.Get("Days." + Form(days, language), language, days.ToString(CultureInfo.InvariantCulture));

    public static string Form(int n, string language) => language switch
    {
        "ru" or "uk" => n % 10 == 1 && n % 100 != 11 ? "One"
            : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? "Few"
            : "Many",
        "ar" => n == 1 ? "One"
            : n == 2 ? "Two"
            : n % 100 is >= 3 and <= 10 ? "Few"
            : n % 100 is >= 11 and <= 99 ? "Many"
            : "Other",
        "fr" => n is 0 or 1 ? "One" : "Other",
        _ => n == 1 ? "One" : "Other",
    };
}
