using System.Collections.Concurrent;
using System.Text;
using Termine.Booking.Localization;
using Termine.Bot.Dialogs.Services;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// Weekday and month names typed with a slip ("fryday", "пятнеца", "Dienstg", "décmbre") put right before the date
/// wish is read, in the resident's language: a word of five letters or more one edit away (two from nine letters) from
/// exactly one name of that language's calendar, with the same first letter, becomes that name. The names come from the language's culture, so
/// every language is covered the same way.
/// </summary>
public static class DateSpelling
{
    private const int MinLength = 5;

    private static readonly ConcurrentDictionary<string, string[]> NamesByLanguage = new();

    public static string Correct(string text, string language)
    {
        var names = NamesByLanguage.GetOrAdd(language, Names);
        var result = new StringBuilder(text.Length);
        foreach (var token in text.Split(' '))
        {
            var word = token.Trim(',', '.', '!', '?', ';', ':', '؟', '،');
            var folded = InputText.Fold(word);
            if (folded.Length < MinLength || names.Contains(folded) || !folded.All(char.IsLetter))
            {
                result.Append(token).Append(' ');
                continue;
            }

            var limit = folded.Length >= 9 ? 2 : 1;
            // Slips rarely hit the first letter, and a word that differs there is usually another word ("карта", not "марта").
            var near = names.Where(n => n[0] == folded[0] && Math.Abs(n.Length - folded.Length) <= limit && EditDistance.Within(folded, n, limit))
                .Distinct().ToList();
            result.Append(near.Count == 1 ? token.Replace(word, near[0], StringComparison.Ordinal) : token).Append(' ');
        }

        return result.ToString().TrimEnd();
    }

    private static string[] Names(string language)
    {
        var format = LanguageCultures.Formatting(language).DateTimeFormat;
        return format.DayNames.Concat(format.MonthNames).Concat(format.MonthGenitiveNames)
            .Where(n => n.Length > 0)
            .Select(InputText.Fold)
            .Distinct()
            .ToArray();
    }
}
