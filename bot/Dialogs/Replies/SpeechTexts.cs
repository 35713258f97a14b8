using System.Collections.Concurrent;
using System.Resources;
using Termine.Booking.Localization;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// The words only a voice says, in the seven languages (Resources/SpeechTexts*.resx): how symbols and abbreviations
/// are read, the words of an e-mail address, ranges, and "say or type" where the written text says "type".
/// </summary>
public static class SpeechTexts
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.Dialogs.Resources.SpeechTexts", typeof(SpeechTexts).Assembly));

    private static readonly ConcurrentDictionary<(string Key, string Language), IReadOnlyList<KeyValuePair<string, string>>> Pairs = new();

    /// <summary>
    /// A "written=spoken|…" list (abbreviations, typing instructions), the longest written form first so "z. B." is
    /// replaced before a shorter form inside it.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Replacements(string key, string language) =>
        Pairs.GetOrAdd((key, language), k => Texts[k.Key, k.Language]
            .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(parts => parts.Length == 2 && parts[0].Length > 0)
            .Select(parts => KeyValuePair.Create(parts[0], parts[1]))
            .OrderByDescending(pair => pair.Key.Length)
            .ToList());

    /// <summary>"millimetre|millimetres|millimetres": the form after one, after a few (ru/uk 2–4, ar 3–10), after many.</summary>
    public static string Unit(string key, string language, int count)
    {
        var forms = Texts[key, language].Split('|');
        var form = language switch
        {
            "ru" or "uk" => count % 10 == 1 && count % 100 != 11 ? 0
                : count % 10 is >= 2 and <= 4 && count % 100 is < 12 or > 14 ? 1 : 2,
            "ar" => count is 1 or 2 ? 0 : count is >= 3 and <= 10 ? 1 : 2,
            _ => count == 1 ? 0 : 1,
        };
        return forms[Math.Min(form, forms.Length - 1)];
    }
}
