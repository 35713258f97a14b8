using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// German words inside a sentence of another language — the authority's name, official document names, the office's
/// street and town — so a voice reads them with a German voice (<c>&lt;lang xml:lang="de-DE"&gt;</c>) instead of
/// spelling "Ausländerbehörde" with English or Turkish sounds. In Arabic, Russian and Ukrainian every run of Latin
/// letters is German (the texts keep only official German names in Latin letters), except acronyms; in English,
/// French and Turkish a German word is known by this list, by letters those languages do not have, or as a German
/// street or postal address.
/// </summary>
public static class GermanTerms
{
    /// <summary>German words the English, French and Turkish texts keep, and the parts of the county's name.</summary>
    private static readonly string[] Known =
    [
        "Ausländerbehörde", "des Rhein-Kreises", "Rhein-Kreises", "Rhein-Kreis", "Neuss", "Servicepoint", "Aufenthaltstitel", "Aufenthaltserlaubnis",
        "Niederlassungserlaubnis", "Daueraufenthalt", "Verpflichtungserklärung", "Erklärung", "Beschäftigungsverhältnis",
        "Bundesdruckerei", "Bürgerbüro", "Chancenkarte", "Familienkasse", "Fiktionsbescheinigung",
        "Immatrikulationsbescheinigung", "Meldebescheinigung", "Rentenversicherung", "Deutsche", "Deutsch", "Bahn", "Sperrkonto",
        "Versicherungsverlauf", "Wohnsitzauflage", "Zeugnisbewertung", "Steuerbescheid", "Zusatzblatt", "AufenthG",
        "Aufenthaltsgesetz", "EC-Karte", "girocard", "anabin", "Kreishaus", "Grevenbroich",
    ];

    /// <summary>Abbreviations read as their German words.</summary>
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["AufenthG"] = "Aufenthaltsgesetz",
    };

    /// <summary>Words in Latin letters that are not German, with the language a voice reads them in.</summary>
    private static readonly Dictionary<string, string> Foreign = new(StringComparer.Ordinal)
    {
        ["English"] = "en-GB",
    };

    private const string Letter = "A-Za-zÄÖÜäöüß";

    // A German street ("Lindenstraße 10") or postal code and town ("41515 Grevenbroich"), in any language.
    private const string Address =
        @"\p{Lu}\p{Ll}+(?:straße|strasse|weg|platz|allee|ring|gasse|damm)\s+\d+[a-z]?|\d{5}\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*";

    // Words of one German run: "Erklärung zum Beschäftigungsverhältnis", "Daueraufenthalt – EU", "Lindenstraße 10, 41515 Grevenbroich".
    private const string Joint = @"(?:\s*[-–—/]\s*|\s+(?:zum|zur|des|der|und|am)\s+|[,،]\s+(?=\d{5})|\s+)";

    /// <summary>The pattern of a German run in a sentence of <paramref name="language"/> (never matches in German).</summary>
    public static string Pattern(string language)
    {
        if (language == "de")
        {
            return "(?!)";
        }

        if (language is "ar" or "ru" or "uk")
        {
            // Not the start of an e-mail address: that is read as one.
            var word = $@"[{Letter}][{Letter}0-9]*(?:[-/][{Letter}0-9]+)*(?![\w.+-]*@)";
            return $@"(?<![\w@.]){word}(?:(?:\s*[–—]\s*|[,،]\s+(?=\d{{5}})|\s+)(?:{word}|\d+[a-z]?(?![\d:.])))*";
        }

        // Turkish writes ö and ü itself; only ä and ß are German there.
        var umlaut = language == "tr" ? "äßÄ" : "äöüßÄÖÜ";
        var known = string.Join("|", Known.OrderByDescending(k => k.Length).Select(Regex.Escape));
        // The umlaut test looks ahead within the word once, instead of backtracking through it at every letter.
        var term = $@"(?:{Address}|(?:{known})(?![\p{{L}}-])|(?=[\p{{L}}-]*[{umlaut}])[\p{{L}}-]+)";
        return $@"(?<![\p{{L}}-]){term}(?:{Joint}{term})*";
    }

    /// <summary>The SSML for a run found by <see cref="Pattern"/>; <paramref name="german"/> renders its words.</summary>
    public static string Speak(string run, Func<string, string> german)
    {
        if (Foreign.TryGetValue(run, out var locale))
        {
            return $"<lang xml:lang=\"{locale}\">{german(run)}</lang>";
        }

        // An acronym (QR, PIN, B1, VRR) is read letter by letter in any language.
        if (!Known.Contains(run) && (run.Length <= 4 || !run.Skip(1).Any(char.IsLower)))
        {
            return german(run);
        }

        return $"<lang xml:lang=\"de-DE\">{german(Expand(run))}</lang>";
    }

    /// <summary>"AufenthG" read as "Aufenthaltsgesetz", in German text too.</summary>
    public static string Expand(string text) =>
        Abbreviations.Replace(text, m => Expansions[m.Value]);

    private static readonly Regex Abbreviations =
        new($@"(?<!\p{{L}})(?:{string.Join("|", Expansions.Keys.Select(Regex.Escape))})(?!\p{{L}})", RegexOptions.CultureInvariant);
}
