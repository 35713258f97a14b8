using System.Globalization;
using System.Text;
using Termine.Booking.Localization;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// A resident's text in two forms of the same length, so that positions found in one hold in the other:
/// <see cref="Clean"/> (for the recognizer, which wants the letters as typed) and <see cref="Folded"/> (for our own
/// tables: lower case, no accents, one spelling per letter).
/// </summary>
internal sealed class InputText
{
    // Built once: the base letter of every accented Latin letter, so folding is a table lookup per character.
    private static readonly char[] LatinBase = BuildLatinBase();

    private InputText(string clean, string folded)
    {
        Clean = clean;
        Folded = folded;
    }

    public string Clean { get; }

    public string Folded { get; }

    public static InputText From(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            var mapped = MapOrDrop(character);
            if (mapped == '\0' || (mapped == ' ' && (clean.Length == 0 || clean[^1] == ' ')))
            {
                continue;
            }

            clean.Append(mapped);
        }

        var cleaned = clean.ToString().TrimEnd();
        return new InputText(cleaned, FoldLetters(cleaned));
    }

    /// <summary>Folds a word or pattern of our own tables the way resident text is folded, so both always meet.</summary>
    public static string Fold(string text) => From(text).Folded;

    /// <summary>Returns the character to keep, or '\0' to drop it (marks that vary between typists, not letters).</summary>
    private static char MapOrDrop(char character) => character switch
    {
        // Arabic short vowels, shadda, sukun, dagger alif and tatweel are optional when typing; so are bidi marks.
        >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' => '\0',
        '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF' => '\0',
        >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9' => Digits.ToAscii(character),
        // Ukrainian (п'ять), French (aujourd'hui) and Turkish (Aralık'tan) apostrophes come in many shapes.
        '\u2019' or '\u2018' or '\u02BC' or '\u0060' or '\u00B4' or '\u2032' or '\u02B9' => '\'',
        '\u060C' => ',',
        '\u061F' => '?',
        '\u2013' or '\u2014' or '\u2212' => '-',
        _ when char.IsWhiteSpace(character) => ' ',
        _ => character,
    };

    private static string FoldLetters(string clean)
    {
        var folded = new char[clean.Length];
        for (var i = 0; i < clean.Length; i++)
        {
            var lower = char.ToLowerInvariant(clean[i]);
            folded[i] = lower switch
            {
                // Turkish dotless ı and dotted İ (which invariant lower-casing leaves as it is) are both i.
                'ı' or 'İ' => 'i',
                'ё' => 'е',
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                >= '\u00C0' and < '\u0250' => LatinBase[lower - '\u00C0'],
                _ => lower,
            };
        }

        return new string(folded);
    }

    private static char[] BuildLatinBase()
    {
        var table = new char['\u0250' - '\u00C0'];
        for (var i = 0; i < table.Length; i++)
        {
            var letter = (char)('\u00C0' + i);
            var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
            var hasOnlyMarks = decomposed.Length > 1 && decomposed.Skip(1)
                .All(mark => CharUnicodeInfo.GetUnicodeCategory(mark) == UnicodeCategory.NonSpacingMark);
            table[i] = hasOnlyMarks ? decomposed[0] : letter;
        }

        return table;
    }
}
