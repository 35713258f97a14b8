using System.Text.RegularExpressions;
using Termine.Booking;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// Reads how a resident answers a list of offered slots when they pick none of them: "none of these suit me",
/// "später", "plus tôt", "gelecek hafta". The conversation's language is read first, then the others (residents mix
/// languages). Where words overlap, the longest wins ("не раньше" over "раньше"); a wish for a direction (later,
/// earlier, next week) says more than "none suits", and two directions contradict each other.
/// </summary>
public static class OfferReactionReader
{
    private static readonly Dictionary<string, Lazy<(OfferReaction Reaction, Regex Regex)[]>> Patterns =
        OfferReactionWords.ByLanguage.ToDictionary(
            pair => pair.Key,
            pair => new Lazy<(OfferReaction, Regex)[]>(() =>
            {
                var build = new PatternBuilder(pair.Key);
                return pair.Value.Select(words => (words.Key, build.Words(InputText.Fold(words.Value))!)).ToArray();
            }));

    public static OfferReaction? Read(string text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = InputText.From(text).Folded;
        Languages.TryNormalize(language, out var own);
        foreach (var code in Languages.All.OrderBy(code => code == own ? 0 : 1))
        {
            if (Read(folded, Patterns[code].Value) is { } found)
            {
                return found.Reaction;
            }
        }

        return null;
    }

    /// <summary>Null when the language's words are absent; a result without reaction when they contradict.</summary>
    private static Found? Read(string folded, (OfferReaction Reaction, Regex Regex)[] patterns)
    {
        var matches = patterns
            .SelectMany(p => p.Regex.Matches(folded).Select(m => (p.Reaction, Start: m.Index, End: m.Index + m.Length)))
            .OrderByDescending(m => m.End - m.Start)
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var kept = new List<(OfferReaction Reaction, int Start, int End)>();
        foreach (var match in matches.Where(m => !kept.Any(k => k.Start < m.End && m.Start < k.End)))
        {
            kept.Add(match);
        }

        var directions = kept.Select(k => k.Reaction).Where(r => r != OfferReaction.NoneSuit).Distinct().ToList();
        return directions.Count switch
        {
            0 => new Found(OfferReaction.NoneSuit),
            1 => new Found(directions[0]),
            _ => new Found(null),
        };
    }

    private sealed record Found(OfferReaction? Reaction);
}
