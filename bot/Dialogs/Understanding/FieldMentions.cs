using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Services;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// Which of the booking's fields a message names ("die E-Mail ist falsch", "change the name", "другой день"), so a
/// correction at the summary changes just that. The words are in the texts (<c>Keywords.Field.*</c>) of the
/// conversation's language, and German and English, which many residents mix in.
/// </summary>
public static class FieldMentions
{
    private static readonly (BookingField Field, string Key)[] Fields =
    [
        (BookingField.Email, "Keywords.Field.Email"),
        (BookingField.Phone, "Keywords.Field.Phone"),
        (BookingField.BirthDate, "Keywords.Field.BirthDate"),
        (BookingField.Name, "Keywords.Field.Name"),
        (BookingField.Persons, "Keywords.Field.Persons"),
        (BookingField.Slot, "Keywords.Field.Slot"),
        (BookingField.Service, "Keywords.Field.Service"),
    ];

    public static IReadOnlySet<BookingField> Read(string text, string language)
    {
        var found = Fields.Where(f => Contains(text, f.Key, language)).Select(f => f.Field).ToHashSet();

        // "Geburtsdatum" names the birth date, not a date of the appointment; "Telefonnummer" is not the name.
        if (found.Contains(BookingField.BirthDate))
        {
            found.Remove(BookingField.Slot);
        }

        return found;
    }

    /// <summary>Whether the message says something is wrong or should change ("falsch", "wrong", "поменяйте").</summary>
    public static bool SaysWrong(string text, string language) => Says("Keywords.Wrong", text, language);

    /// <summary>
    /// Whether a word of the list <paramref name="key"/> begins a word of the text ("randevu" in "randevumun"), in the
    /// language, German or English.
    /// </summary>
    public static bool Says(string key, string text, string language) => Contains(text, key, language);

    /// <summary>The words after the last mention of <paramref name="field"/>, without the linking words ("ist", "to").</summary>
    public static string? After(string text, BookingField field, string language)
    {
        var key = Fields.First(f => f.Field == field).Key;
        var normalized = TextNormalizer.Normalize(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keywords = new[] { language, "de", "en" }.Distinct().SelectMany(l => DialogTexts.Keywords(key, l)).Select(TextNormalizer.Normalize).ToList();
        var links = new[] { language, "de", "en" }.Distinct().SelectMany(l => DialogTexts.Keywords("Keywords.Links", l)).Select(TextNormalizer.Normalize).ToHashSet();
        var last = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var word = TextNormalizer.Normalize(words[i]);
            if (word.Length > 0 && keywords.Any(k => word.StartsWith(k, StringComparison.Ordinal)))
            {
                last = i;
            }
        }

        if (last < 0 || normalized.Length == 0)
        {
            return null;
        }

        // A name holds no comma: what follows one is courtesy ("…, s'il vous plaît").
        var rest = words.Skip(last + 1).SkipWhile(w => links.Contains(TextNormalizer.Normalize(w)) || TextNormalizer.Normalize(w).Length == 0)
            .TakeWhile((w, i) => i == 0 || !words.Skip(last + 1).SkipWhile(x => links.Contains(TextNormalizer.Normalize(x))).ElementAt(i - 1).EndsWith(','))
            .ToArray();
        return rest.Length == 0 ? null : string.Join(' ', rest).Trim(' ', ':', '.', '!', ',', '"', '„', '“', '«', '»');
    }

    private static bool Contains(string text, string key, string language)
    {
        var padded = $" {TextNormalizer.Normalize(text)} ";
        return new[] { language, "de", "en" }.Distinct().Any(candidate => DialogTexts.Keywords(key, candidate)
            .Select(TextNormalizer.Normalize).Any(k => k.Length > 1 && padded.Contains($" {k}", StringComparison.Ordinal)));
    }
}
