using System.Text.RegularExpressions;

namespace Termine.Bot.Tests.Texts;

/// <summary>
/// The mechanical part of docs/LANGUAGE.md: what a machine can check in every resident's text. Each rule returns what
/// is wrong in words a translator understands; docs/LANGUAGE.md ("Mechanical checks") lists the same rules.
/// </summary>
public static partial class TextRules
{
    /// <summary>
    /// Latin-script words an Arabic, Russian or Ukrainian text may carry outside brackets and quotes: the authority's
    /// official German name and address, app and database names, the card's code. Everything else German stands in
    /// brackets after the translation ("справка о регистрации (Meldebescheinigung)") or in quotes as written on a sign.
    /// Codes in capitals or with digits (QR, PDF, BAMF, B1, § 18a, K7MX-3PRT) pass without a list.
    /// </summary>
    public static readonly string[] LatinAllowed =
    [
        "Ausländerbehörde des Rhein-Kreises Neuss",
        "Lindenstraße",
        "Grevenbroich",
        "Deutsche Bahn",
        "anabin",
        "eAT",

        // Product names residents see on their screen as written; the privacy notice and the accessibility statement
        // must name them exactly.
        "Microsoft Teams",
        "Microsoft",
        "Telegram",
        "JavaScript",
    ];

    private static readonly string[] RightToLeftOrCyrillic = ["ar", "ru", "uk"];

    /// <summary>Quotation marks that are wrong in the language (each uses its own: de „…“, en “…”, fr « … », tr “…”, ar/ru/uk «…»).</summary>
    private static readonly Dictionary<string, string> ForeignQuotes = new()
    {
        ["de"] = "”«»",
        ["en"] = "„«»",
        ["fr"] = "“”„",
        ["tr"] = "„«»",
        ["ar"] = "“”„",
        ["ru"] = "“”„",
        ["uk"] = "“”„",
    };

    public static IEnumerable<string> Check(string language, string text)
    {
        if (text.Contains("  ", StringComparison.Ordinal))
        {
            yield return "double space";
        }

        if (SpaceBeforeComma().IsMatch(text))
        {
            yield return "space before a comma or full stop";
        }

        if (text.Contains('"', StringComparison.Ordinal))
        {
            yield return "straight quote \" (use the language's typographic quotes)";
        }

        if (text.Contains('\'', StringComparison.Ordinal))
        {
            yield return "straight apostrophe ' (use ’)";
        }

        if (text.IndexOfAny(ForeignQuotes[language].ToCharArray()) >= 0)
        {
            yield return $"quotation marks of another language (not {ForeignQuotes[language]})";
        }

        if (RightToLeftOrCyrillic.Contains(language) && LatinWords(text) is { Count: > 0 } latin)
        {
            yield return $"Latin-script words outside brackets and quotes: {string.Join(", ", latin)}";
        }

        foreach (var problem in language switch
        {
            "ru" => Russian(text),
            "uk" => Ukrainian(text),
            "ar" => Arabic(text),
            "fr" => French(text),
            _ => [],
        })
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> Russian(string text)
    {
        if (UkrainianLetters().IsMatch(text))
        {
            yield return "Ukrainian letter (і ї є ґ) in Russian";
        }

        foreach (var problem in Cyrillic(text))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> Ukrainian(string text)
    {
        if (RussianLetters().IsMatch(text))
        {
            yield return "Russian letter (ы э ъ ё) in Ukrainian";
        }

        if (OtherApostrophes().IsMatch(text))
        {
            yield return "apostrophe other than ’ (U+2019)";
        }

        foreach (var problem in Cyrillic(text))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> Cyrillic(string text)
    {
        if (CapitalAfterColon().IsMatch(text))
        {
            yield return "capital letter after a colon inside a line";
        }

        if (SpacedEnDash().IsMatch(WithoutQuotes(Bracketed().Replace(text, " "))))
        {
            // German in brackets or quotes keeps its own dash: (Daueraufenthalt – EU), «Ausländerbehörde – Wartebereich».
            yield return "spaced en dash – (use the em dash —)";
        }
    }

    private static IEnumerable<string> Arabic(string text)
    {
        if (LatinPunctuationAfterArabic().IsMatch(text))
        {
            yield return "Latin comma, semicolon or question mark after Arabic (use ، ؛ ؟)";
        }
    }

    private static IEnumerable<string> French(string text)
    {
        var plain = Placeholders().Replace(Links().Replace(text, ""), "");
        if (FrenchPunctuationWithoutNarrowSpace().IsMatch(plain) || OpeningGuillemetWithoutNarrowSpace().IsMatch(plain))
        {
            yield return "French ; : ! ? « » without a narrow no-break space (U+202F)";
        }
    }

    private static List<string> LatinWords(string text)
    {
        var rest = Links().Replace(Placeholders().Replace(WithoutQuotes(Bracketed().Replace(text, " ")), " "), " ");
        rest = LatinAllowed.Aggregate(rest, (current, allowed) => current.Replace(allowed, " ", StringComparison.Ordinal));
        return Word().Matches(rest)
            .Select(m => m.Value)
            .Where(word => LatinLetter().IsMatch(word) && !Code().IsMatch(word))
            .SelectMany(word => word.Split('-'))
            .Where(part => LatinLetter().IsMatch(part) && !Code().IsMatch(part))
            .Distinct()
            .ToList();
    }

    private static string WithoutQuotes(string text) => Guillemets().Replace(text, " ");

    [GeneratedRegex(@"\s[,.،]")]
    private static partial Regex SpaceBeforeComma();

    [GeneratedRegex("[іїєґІЇЄҐ]")]
    private static partial Regex UkrainianLetters();

    [GeneratedRegex("[ыэъёЫЭЪЁ]")]
    private static partial Regex RussianLetters();

    [GeneratedRegex("[\u02BC`´\u2018]")]
    private static partial Regex OtherApostrophes();

    [GeneratedRegex(@"\p{Ll}: [А-ЯІЇЄҐ][а-яіїєґ’]")]
    private static partial Regex CapitalAfterColon();

    [GeneratedRegex(" – ")]
    private static partial Regex SpacedEnDash();

    [GeneratedRegex(@"[\u0600-\u06FF]\s*[,;?]")]
    private static partial Regex LatinPunctuationAfterArabic();

    // Glued to the word before (a colon between digits is a clock time, 10:30), or after an ordinary or no-break space.
    [GeneratedRegex(@"[^\s][;!?»]|[^\s\d]:|[ \u00A0][;:!?»]")]
    private static partial Regex FrenchPunctuationWithoutNarrowSpace();

    [GeneratedRegex("«(?!\u202F)")]
    private static partial Regex OpeningGuillemetWithoutNarrowSpace();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex("«[^«»]*»")]
    private static partial Regex Guillemets();

    [GeneratedRegex(@"\{\d+(?::[^{}]*)?\}")]
    private static partial Regex Placeholders();

    [GeneratedRegex(@"\S+@\S+|https?://\S+|\.ics\b")]
    private static partial Regex Links();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}’'\-]*")]
    private static partial Regex Word();

    [GeneratedRegex("[A-Za-zÀ-ÿ]")]
    private static partial Regex LatinLetter();

    // QR, PDF, BAMF, B1, 18a, K7MX-3PRT: capitals only, or any digit.
    [GeneratedRegex(@"^(?:[\p{Lu}]{2,}|.*\d.*)$")]
    private static partial Regex Code();
}
