using System.Globalization;
using System.Text;

namespace Termine.Bot.Dialogs.Language;

/// <summary>
/// "English please", "auf Deutsch", "по-русски", "بالعربية": a wish to change the language, recognised at any step and
/// whatever the current language. Only short messages count, so "I was born in Germany" is not a switch to German.
/// </summary>
public static class LanguageSwitch
{
    private const int MaxWords = 4;

    private static readonly (string Language, string[] Names)[] Names =
    [
        ("de", ["deutsch", "german", "allemand", "almanca", "الألمانية", "الالمانية", "немецкий", "по-немецки", "німецька", "німецькою"]),
        ("en", ["english", "englisch", "anglais", "ingilizce", "الإنجليزية", "الانجليزية", "английский", "по-английски", "англійська", "англійською"]),
        ("fr", ["français", "francais", "french", "französisch", "fransızca", "fransizca", "الفرنسية", "французский", "по-французски", "французька", "французькою"]),
        ("tr", ["türkçe", "turkce", "turkish", "türkisch", "turc", "التركية", "турецкий", "по-турецки", "турецька", "турецькою"]),
        ("ar", ["العربية", "عربي", "بالعربي", "بالعربية", "arabic", "arabisch", "arabe", "arapça", "arapca", "арабский", "по-арабски", "арабська", "арабською"]),
        ("ru", ["русский", "по-русски", "русском", "russian", "russisch", "russe", "rusça", "rusca", "الروسية", "російська", "російською"]),
        ("uk", ["українська", "українською", "по-українськи", "украинский", "по-украински", "ukrainian", "ukrainisch", "ukrainien", "ukraynaca", "الأوكرانية", "الاوكرانية"]),
    ];

    public static string? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords)
        {
            return null;
        }

        foreach (var (language, names) in Names)
        {
            if (words.Any(w => names.Any(n => w == Normalize(n))))
            {
                return language;
            }
        }

        return null;
    }

    private static string Normalize(string text)
    {
        var cleaned = new StringBuilder();
        foreach (var c in text.ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormC))
        {
            cleaned.Append(char.IsLetter(c) || c == '-' ? c : ' ');
        }

        return cleaned.ToString().Trim();
    }
}
