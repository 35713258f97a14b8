using System.Globalization;
using System.Text;

namespace Termine.Bot.Dialogs.Services;

/// <summary>
/// Makes what residents type comparable with the catalog's words: lower case, Latin accents and Arabic diacritics,
/// tatweel and hamza forms folded, Ukrainian apostrophes unified, punctuation to spaces.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var decomposed = text.ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark && !IsCyrillicBreve(c, result))
            {
                continue;
            }

            result.Append(c switch
            {
                // Upper-case İ survives invariant lower-casing in some runtimes and decomposes to I and a dot.
                'ı' or 'I' => 'i',
                'ß' => 's',
                'ـ' => '\0',
                'أ' or 'إ' or 'آ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                '’' or 'ʼ' or '`' => '\'',
                _ when char.IsLetterOrDigit(c) || c == '\'' || category == UnicodeCategory.NonSpacingMark => c,
                _ => ' ',
            });
        }

        return string.Join(' ', result.ToString().Replace("\0", "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
    }

    /// <summary>й and ї carry marks that make them other letters; dropping them would merge words that differ.</summary>
    private static bool IsCyrillicBreve(char mark, StringBuilder before) =>
        before.Length > 0 && before[^1] is 'и' or 'і' && mark is '\u0306' or '\u0308';
}
