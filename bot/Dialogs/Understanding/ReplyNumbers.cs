using System.Globalization;
using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>Reads the one number a short reply carries, in whatever form its patterns name it.</summary>
internal static class ReplyNumbers
{
    /// <summary>
    /// What the matches of <paramref name="regex"/> say: nothing (<c>Found</c> false), one value all agree on, or
    /// a contradiction ("2 oder 3": found, but no value). <paramref name="valueOf"/> turns a match into its value.
    /// </summary>
    public static (bool Found, int? Value) Single(Regex? regex, string text, Func<Match, int> valueOf)
    {
        int? value = null;
        foreach (Match match in regex?.Matches(text) ?? Enumerable.Empty<Match>())
        {
            var current = valueOf(match);
            if (value is not null && value != current)
            {
                return (true, null);
            }

            value = current;
        }

        return (value is not null, value);
    }

    /// <summary>
    /// Tries the conversation's language first and the others after it; the first language that finds anything
    /// decides, so a contradiction there is not resolved by another language's reading.
    /// </summary>
    public static int? InAnyLanguage(string language, string text, Func<ReplyPatterns, Regex?> regex, Func<Match, int> valueOf)
    {
        foreach (var patterns in ReplyPatterns.InOrder(language))
        {
            var (found, value) = Single(regex(patterns), text, valueOf);
            if (found)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Digits ("d"), else the numbered group that matched plus one ("c2" → 3).</summary>
    public static int Value(Match match, string numberedPrefix)
    {
        if (match.Groups["d"].Success)
        {
            return int.Parse(match.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        var index = PatternBuilder.MatchedIndex(match, numberedPrefix, 10);
        return index >= 0 ? index + 1 : PatternBuilder.MatchedIndex(match, "c", 10) + 1;
    }
}
