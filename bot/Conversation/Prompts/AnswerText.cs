using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>Makes typed answers comparable: case, accents, punctuation and the digit script do not count.</summary>
internal static partial class AnswerText
{
    /// <summary>The words of <paramref name="text"/>, lower-cased and without accents ("Größe, bitte!" → ["große", "bitte"]).</summary>
    public static string[] Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            // Accents (and Arabic vowel marks) are separate marks after decomposition; dropping them folds é to e.
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsLetterOrDigit(character) ? character : ' ');
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// The one number written in digits in <paramref name="text"/>, in any script ("3", "٣"); null when there is none
    /// or more than one, because "3 or 4" and "10-12" are ambiguous.
    /// </summary>
    public static int? SingleNumber(string? text)
    {
        var matches = DigitRun().Matches(text ?? string.Empty);
        if (matches.Count != 1)
        {
            return null;
        }

        var asciiDigits = string.Concat(matches[0].Value.Select(digit => (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(digit))));
        return int.TryParse(asciiDigits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitRun();
}
