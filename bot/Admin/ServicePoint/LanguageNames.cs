namespace Termine.Bot.Admin.ServicePoint;

/// <summary>The residents' seven languages, named in German for the staff.</summary>
public static class LanguageNames
{
    public static string German(string language) => language switch
    {
        "de" => "Deutsch",
        "en" => "Englisch",
        "fr" => "Französisch",
        "tr" => "Türkisch",
        "ar" => "Arabisch",
        "ru" => "Russisch",
        "uk" => "Ukrainisch",
        _ => language,
    };
}
