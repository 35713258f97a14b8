using Termine.Booking;

namespace Termine.Bot.Dialogs.Language;

/// <summary>
/// Which of the seven languages a resident writes. The channel's locale is a strong prior: a text changes the
/// language only when it clearly is another one — whole sentences in another script, or several words only that
/// language uses — never for a single word, a name, an e-mail address, a number or a date.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Points (see <see cref="LanguageEvidence"/>) a Latin-script text needs to count as another language.</summary>
    private const double Clear = 4;

    /// <summary>Ukrainian and Russian share most words: turning one into the other needs markers of the other only.</summary>
    private const double ClearBetweenCyrillic = 3;

    public static string? FromLocale(string? locale) => Languages.TryNormalize(locale, out var language) ? language : null;

    /// <summary>
    /// The first turn's language: the channel's locale, unless the first message clearly is written in another
    /// language (an Arabic message from a browser set to German says more about the resident than the browser does).
    /// </summary>
    public static string FirstGuess(string? locale, string? text) =>
        FromLocale(locale) is { } fromLocale ? Decide(text, fromLocale, locale) ?? fromLocale : Detect(text);

    /// <summary>A new language when the text clearly is written in another of the seven, else null (stay).</summary>
    public static string? Decide(string? text, string current, string? locale)
    {
        var evidence = LanguageEvidence.Of(text);
        if (evidence.Words < 2)
        {
            return null;
        }

        var candidate = evidence.Script switch
        {
            "ar" => IsSentence(evidence, "ar") ? "ar" : null,
            "cyrillic" => Cyrillic(evidence, current, FromLocale(locale)),
            _ => Latin(evidence, current, FromLocale(locale)),
        };
        return candidate == current ? null : candidate;
    }

    /// <summary>The best guess with no locale at all (German when nothing speaks for another language).</summary>
    public static string Detect(string? text)
    {
        var evidence = LanguageEvidence.Of(text);
        return evidence.Script switch
        {
            "ar" => "ar",
            "cyrillic" => evidence["uk"] > evidence["ru"] ? "uk" : "ru",
            _ => Languages.All.Where(l => l is "de" or "en" or "fr" or "tr").MaxBy(l => evidence[l]) is { } best && evidence[best] > 0
                ? best
                : Languages.Default,
        };
    }

    /// <summary>Two words in another script may be a name ("Иван Петров"); three, or two with a small word, are a sentence.</summary>
    private static bool IsSentence(LanguageEvidence evidence, string language) => evidence.Words >= 3 || evidence[language] > 0;

    private static string? Cyrillic(LanguageEvidence evidence, string current, string? locale)
    {
        var (uk, ru) = (evidence["uk"], evidence["ru"]);
        if (current is "uk" or "ru")
        {
            var other = current == "uk" ? "ru" : "uk";
            return evidence[other] >= ClearBetweenCyrillic && evidence[other] >= 3 * evidence[current] ? other : null;
        }

        if (evidence.Words < 3 && uk + ru == 0)
        {
            return null;
        }

        return uk > ru ? "uk" : ru > uk ? "ru" : locale is "uk" or "ru" ? locale : "ru";
    }

    private static string? Latin(LanguageEvidence evidence, string current, string? locale)
    {
        var best = Languages.All.Where(l => l is "de" or "en" or "fr" or "tr").MaxBy(l => evidence[l])!;
        var needed = best == locale || current != locale ? Clear : Clear + 1.5;
        return evidence.Words >= 2 && evidence[best] >= needed && evidence[best] >= 2 * evidence[current] ? best : null;
    }
}
