using System.Text;
using System.Text.RegularExpressions;
using Termine.Booking.Appointments;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// An e-mail address inside a sentence ("meine Mail ist anna@web.de"), or dictated by voice in any of the seven
/// languages: "anna dot schmidt at web dot de", "anna punkt schmidt ät gmx punkt de", "anna point schmidt arobase
/// orange point fr", "anna nokta schmidt et gmail nokta com", "анна точка шмидт собака mail точка ru",
/// "anna.schmidt собака gmail.com", with spoken hyphens and underscores.
/// </summary>
public static class EmailReader
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    private const string Start = "(?<![\\p{L}\\p{N}])";
    private const string End = "(?![\\p{L}\\p{N}])";

    // Spoken signs, all languages at once: addresses are dictated with English words in every language. Longer
    // phrases come first so "tiret bas" is an underscore, not a hyphen followed by "bas".
    private static readonly (string Sign, string Words)[] SpokenSigns =
    [
        ("_", "underscore|unterstrich|tiret bas|tiret du (?:8|huit)|alt ?çizgi|нижнее подчёркивание|нижнее подчеркивание|подчёркивание"
            + "|подчеркивание|нижнє підкреслення|підкреслення|شرطة سفلية|أندرسكور|اندرسكور"),
        ("-", "minus|hyphen|dash|bindestrich|strich|tiret|trait d'union|kısa çizgi|tire|çizgi|eksi|дефис|тире|минус|дефіс|мінус|شرطة|ناقص"),
        ("@", "at sign|at|ät|et|ett|arobase|arrobase|arobas|arroba|at işareti|собака|собачка|эт|ет|равлик|ат|آت|ات|ايت"),
        (".", "dot|period|point|punkt|nokta|точка|дот|крапка|نقطة|دوت"),
    ];

    private static readonly Regex Spoken = new(string.Join('|', SpokenSigns.Select((sign, index) =>
        $"\\s*{Start}(?<s{index}>{InputText.Fold(sign.Words)}){End}\\s*")), Options);

    // Spaces typed around signs that were written, not spoken ("anna @ web.de", "anna . schmidt").
    private static readonly Regex SpacedSign = new("\\s*([@])\\s*|(?<=\\p{L}|\\p{N})\\s+\\.\\s+(?=\\p{L}|\\p{N})", Options);

    private static readonly Regex Address = new(
        "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+", Options);

    /// <summary>Reads the one e-mail address in <paramref name="text"/>, lower case and checked by the booking core's rule.</summary>
    public static bool TryRead(string text, out EmailReading reading)
    {
        reading = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var input = InputText.From(text);
        var written = Find(SpacedSign.Replace(input.Clean, match => match.Groups[1].Success ? "@" : "."));
        if (written is not null)
        {
            reading = new EmailReading(written, false);
            return true;
        }

        var dictated = Find(SpacedSign.Replace(Dictate(input), match => match.Groups[1].Success ? "@" : "."));
        if (dictated is not null)
        {
            reading = new EmailReading(dictated, true);
            return true;
        }

        return false;
    }

    /// <summary>The text with every spoken sign replaced by the sign, found in the folded text and cut from the clean one.</summary>
    private static string Dictate(InputText input)
    {
        var result = new StringBuilder(input.Clean.Length);
        var position = 0;
        foreach (Match match in Spoken.Matches(input.Folded))
        {
            var index = PatternBuilder.MatchedIndex(match, "s", SpokenSigns.Length);
            result.Append(input.Clean, position, match.Index - position).Append(SpokenSigns[index].Sign);
            position = match.Index + match.Length;
        }

        return result.Append(input.Clean, position, input.Clean.Length - position).ToString();
    }

    /// <summary>The one valid address among the candidates (a sentence's final full stop is not part of it).</summary>
    private static string? Find(string text)
    {
        var addresses = Address.Matches(text)
            .Select(match => match.Value.Trim('.', '-').ToLowerInvariant())
            .Where(EmailAddress.IsValid)
            .Distinct()
            .ToList();
        return addresses.Count == 1 ? addresses[0] : null;
    }
}
