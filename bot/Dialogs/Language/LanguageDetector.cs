using System.Text.RegularExpressions;
using Termine.Booking;

namespace Termine.Bot.Dialogs.Language;

/// <summary>
/// Guesses a resident's language from the first message when the channel sends no usable locale: the script first
/// (Arabic, Cyrillic with the letters only Ukrainian has), then letters and small words typical of each Latin language.
/// </summary>
public static partial class LanguageDetector
{
    public static string? FromLocale(string? locale) => Languages.TryNormalize(locale, out var language) ? language : null;

    /// <summary>
    /// The channel's locale, unless the first message is written in another script (an Arabic message from a browser
    /// set to German says more about the resident than the browser does).
    /// </summary>
    public static string FirstGuess(string? locale, string? text)
    {
        var fromText = Detect(text);
        return fromText is "ar" or "ru" or "uk" || FromLocale(locale) is not { } fromLocale ? fromText : fromLocale;
    }

    public static string Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Languages.Default;
        }

        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count(c => c is >= '\u0600' and <= '\u06FF') * 2 > letters.Count)
        {
            return "ar";
        }

        if (letters.Count(c => c is >= '\u0400' and <= '\u04FF') * 2 > letters.Count)
        {
            return UkrainianOnly().IsMatch(text) || UkrainianWords().IsMatch(text) ? "uk" : "ru";
        }

        var lower = text.ToLowerInvariant();
        var scores = new Dictionary<string, int>
        {
            ["tr"] = TurkishLetters().Matches(lower).Count * 2 + TurkishWords().Matches(lower).Count * 2,
            ["fr"] = FrenchLetters().Matches(lower).Count + FrenchWords().Matches(lower).Count * 2,
            ["de"] = GermanLetters().Matches(lower).Count + GermanWords().Matches(lower).Count * 2,
            ["en"] = EnglishWords().Matches(lower).Count * 2,
        };
        var best = scores.MaxBy(s => s.Value);
        return best.Value > 0 ? best.Key : Languages.Default;
    }

    [GeneratedRegex("[іїєґІЇЄҐ]")]
    private static partial Regex UkrainianOnly();

    [GeneratedRegex(@"\b(привіт|добрий|будь ласка|дякую|хочу|потрібно|мені)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UkrainianWords();

    [GeneratedRegex("[şğı]")]
    private static partial Regex TurkishLetters();

    [GeneratedRegex(@"\b(merhaba|randevu|istiyorum|almak|oturum|izni|lütfen|lutfen|teşekkür|nasıl|için|bir)\b")]
    private static partial Regex TurkishWords();

    [GeneratedRegex("[éèêàùçœ]")]
    private static partial Regex FrenchLetters();

    [GeneratedRegex(@"\b(bonjour|je|voudrais|rendez-vous|titre|séjour|sejour|merci|pour|mon|une|le|la|les|s'il)\b")]
    private static partial Regex FrenchWords();

    [GeneratedRegex("[äöüß]")]
    private static partial Regex GermanLetters();

    [GeneratedRegex(@"\b(hallo|guten|tag|ich|möchte|moechte|einen|termin|bitte|danke|mein|meine|und|aufenthalt\w*|verlängern)\b")]
    private static partial Regex GermanWords();

    [GeneratedRegex(@"\b(hello|hi|i|would|like|appointment|please|my|the|need|want|permit|visa|thanks|book)\b")]
    private static partial Regex EnglishWords();
}
