using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// How many people come to the appointment, 1..10, in all seven languages: "2", "zwei Personen", "wir sind zu dritt",
/// "ich mit meinen drei Kindern" (4), "me and my two daughters" (3), "moi et mes deux enfants" (3), "ben ve iki
/// çocuğum" (3), "أنا وزوجتي وطفلين" (4), "я с женой и сыном" (3), "я і двоє дітей" (3), "allein", "я одна".
/// Numbers of dates and times ("am 2. Mai", "um 10 Uhr") never count.
/// </summary>
public static partial class PersonCountParser
{
    /// <summary>
    /// Reads the answer to "how many of you come?": a bare number counts too. Reads the count in
    /// <paramref name="language"/> first and then in the other six; fails for "2 or 3" and for "with my children".
    /// </summary>
    public static bool TryParse(string text, string language, out int persons)
    {
        persons = Read(text, language, answer: true) ?? 0;
        return persons != 0;
    }

    /// <summary>
    /// Finds a count inside any message of the conversation, only where it is clearly about people ("wir kommen zu
    /// zweit", "for 3 people", "nous serons trois", "3 kişi", "нас трое", "mit meiner Frau"): a bare number is not.
    /// </summary>
    public static bool TryFind(string text, string language, out int persons)
    {
        persons = Read(text, language, answer: false) ?? 0;
        return persons != 0;
    }

    private static int? Read(string text, string language, bool answer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = InputText.From(text).Folded;
        foreach (var patterns in ReplyPatterns.InOrder(language))
        {
            var (found, value) = Said(patterns, folded, answer);
            if (found)
            {
                return value is >= 1 and <= 10 ? value : null;
            }
        }

        return answer
            ? ReplyNumbers.InAnyLanguage(language, folded, patterns => patterns.Persons, match =>
                match.Groups["alone"].Success ? 1 : match.Groups["couple"].Success ? 2 : ReplyNumbers.Value(match, "g")) is { } bare
                and >= 1 and <= 10 ? bare : null
            : ReplyNumbers.InAnyLanguage(language, folded, patterns => patterns.Persons, match =>
                match.Groups["couple"].Success ? 2 : 0) is { } couple and > 0 ? couple : null;
    }

    /// <summary>Everyone named at once ("zu dritt", "3 Personen"), else the resident and companions added up, else alone.</summary>
    private static (bool Found, int? Value) Said(ReplyPatterns patterns, string folded, bool answer)
    {
        var total = ReplyNumbers.Single(patterns.PersonTotals, folded, Count);
        if (total.Found)
        {
            return total;
        }

        // In a sentence that is not an answer to "how many?", relatives count only when joined to the writer
        // ("ich und meine Frau", "with my two daughters"); "ich will meine Schwester besuchen" brings nobody.
        var together = answer || Joined().IsMatch(folded) ? Together(patterns, folded) : (false, null);
        if (together.Found)
        {
            return together;
        }

        var alone = patterns.PersonAlone?.Match(folded);
        return alone is { Success: true } && (answer || !patterns.Cardinal.IsMatch(alone.Value)) ? (true, 1) : (false, null);
    }

    /// <summary>
    /// The resident ("ich", "me", or implied by "mit") plus each companion: one for "meine Frau", two for "Eltern",
    /// the count for "drei Kindern"; unknown for "meine Kinder". Without the resident only counted companions add
    /// up ("2 Erwachsene und 1 Kind"), since "meine Frau und mein Sohn" may or may not include the writer.
    /// </summary>
    private static (bool Found, int? Value) Together(ReplyPatterns patterns, string folded)
    {
        var companions = patterns.PersonCompanions?.Matches(folded).ToList() ?? [];
        if (companions.Count == 0)
        {
            return (false, null);
        }

        var withResident = patterns.PersonSelf.IsMatch(folded);
        var counted = companions.All(HasCount);
        if (!withResident && !(counted && companions.Count > 1))
        {
            return (false, null);
        }

        if (companions.Any(match => match.Groups["many"].Success && !HasCount(match)))
        {
            return (true, null);
        }

        var others = companions.Sum(match => HasCount(match) ? Count(match) : match.Groups["pair"].Success ? 2 : 1);
        return (true, others + (withResident ? 1 : 0));
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:und|mit|samt|with|and|plus|avec|et|ile|ve|с|со|и|і|й|та|разом|вместе|مع)(?![\p{L}])|(?:^|\s)و\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();

    private static bool HasCount(Match match) =>
        match.Groups["d"].Success || PatternBuilder.MatchedIndex(match, "c", 10) >= 0 || PatternBuilder.MatchedIndex(match, "k", 10) >= 0;

    /// <summary>The number of a match: digits, a cardinal, a companion number ("beiden") or a group word ("zu dritt").</summary>
    private static int Count(Match match)
    {
        var companionNumber = PatternBuilder.MatchedIndex(match, "k", 10);
        return companionNumber >= 0 ? companionNumber + 1 : ReplyNumbers.Value(match, "g");
    }
}
