using System.Globalization;
using Termine.Booking.Localization;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// A message's <c>speak</c>: its text as SSML in the conversation's language. Every line is a sentence of its own with
/// a pause after it, so a summary is read field by field and a list item by item; buttons are said as a person would
/// ("for example 1, 2, 3 or 4", "you can choose: A, B or C"), and not at all when the text already names them, the
/// question is a yes-or-no one, or the one button is a shortcut the text already explains. <see cref="SpeechLine"/> reads each line.
/// </summary>
public static class Speech
{
    private const string Pause = "<break strength=\"medium\"/>";

    public static string Ssml(string text, string language, IReadOnlyList<ChoiceButton> choices)
    {
        var sentences = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => Sentence(line, language))
            .Where(spoken => spoken.Length > 0)
            .ToList();
        if (Choices(Bidi.Strip(text), language, choices) is { } said)
        {
            sentences.Add(said);
        }

        return $"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{ReplyFactory.Locale(language)}\">"
            + string.Join(Pause, sentences) + "</speak>";
    }

    /// <summary>A line without its list marker, ended as a sentence so the voice lowers and pauses.</summary>
    private static string Sentence(string line, string language)
    {
        var words = line.TrimStart('•', '–', '—', '*', ' ');
        var spoken = SpeechLine.Render(words, language);
        return spoken.Length == 0 || ".?!:;…؟".Contains(Bidi.Strip(words).TrimEnd()[^1], StringComparison.Ordinal) ? spoken : spoken + ".";
    }

    private static string? Choices(string text, string language, IReadOnlyList<ChoiceButton> choices)
    {
        var titles = choices.Select(c => Bidi.Strip(c.Title)).ToList();
        if (titles.Count == 0)
        {
            return null;
        }

        if (titles.All(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            // A retry already names the range ("a number between 1 and 6").
            return text.Any(char.IsAsciiDigit) ? null : SpeechLine.Render(SpeechTexts.Texts.Get("Numbers", language, Join(titles, language)), language);
        }

        string[] yesNo = [DialogTexts.Texts["Yes", language], DialogTexts.Texts["No", language]];
        var unsaid = titles.Where(t => CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, t, CompareOptions.IgnoreCase) < 0).ToList();
        // One button is a shortcut for what the question already tells the resident to say ("none").
        if (unsaid.Count == 0 || titles.Count == 1 || unsaid.All(t => yesNo.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }

        return SpeechLine.Render(SpeechTexts.Texts.Get("Choices", language, Join(Shortened(unsaid), language)), language);
    }

    /// <summary>
    /// "Tuesday 1 December 2026 at 08:00, 09:00 or 09:30": the words a choice shares with the one before it (three or
    /// more) are said once, as a person reading the list aloud would.
    /// </summary>
    private static List<string> Shortened(IReadOnlyList<string> titles)
    {
        var said = new List<string>(titles.Count);
        string[]? previous = null;
        foreach (var title in titles)
        {
            var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var shared = previous is null ? 0 : words.Zip(previous).TakeWhile(pair => pair.First == pair.Second).Count();
            said.Add(shared >= 3 && shared < words.Length ? string.Join(' ', words[shared..]) : title);
            previous = words;
        }

        return said;
    }

    /// <summary>"A, B or C" ("A، B أو C" in Arabic).</summary>
    private static string Join(IReadOnlyList<string> items, string language)
    {
        var comma = language == "ar" ? "، " : ", ";
        return items.Count == 1
            ? items[0]
            : $"{string.Join(comma, items.Take(items.Count - 1))} {SpeechTexts.Texts["Or", language]} {items[^1]}";
    }
}
