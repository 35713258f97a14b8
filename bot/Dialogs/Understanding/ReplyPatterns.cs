using System.Text.RegularExpressions;
using Termine.Booking;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// The compiled expressions for short replies in one language (list positions, person counts, yes/no), built once
/// per language on first use and shared by all threads.
/// </summary>
internal sealed class ReplyPatterns
{
    // Thumbs and check marks mean the same in every language.
    private const string YesSigns = "👍|✅|✔|☑";
    private const string NoSigns = "👎|❌|✖";

    private static readonly Lazy<(string Before, string After)> NotPersonCount = new(NotAPersonCount);

    private static readonly Dictionary<string, Lazy<ReplyPatterns>> ByLanguage = Lexicon.All.ToDictionary(
        words => words.Language, words => new Lazy<ReplyPatterns>(() => new ReplyPatterns(words)));

    private ReplyPatterns(LanguageWords language)
    {
        var build = new PatternBuilder(language.Language);
        var fold = PatternBuilder.Fold;
        var cardinals = PatternBuilder.Numbered("c", language.Numbers.Cardinals);
        const string digits = "(?<d>\\d{1,3})";

        Position = build.Words(PatternBuilder.Named(("last", fold(language.Numbers.Last)))
            + $"|{PatternBuilder.Numbered("o", language.Numbers.Ordinals)}|{cardinals}|{digits}");
        var persons = language.Persons;
        var groups = PatternBuilder.Numbered("g", persons.Groups);
        var notPersons = NotPersonCount.Value;
        Persons = build.Words(PatternBuilder.Named(("alone", fold(persons.Alone)), ("couple", fold(persons.Couple)))
            + $"|{groups}|{notPersons.Before}(?:{cardinals}|{digits}){notPersons.After}");

        // A number that counts people: words and digits, with the forms only companions take ("beiden", "двумя").
        var count = $"(?:{OptionalNumbered("k", persons.CompanionNumbers)}{cardinals}|{digits})";
        var we = $"(?:{fold(persons.We)})\\s+{notPersons.Before}{count}{notPersons.After}";
        var companionNouns = string.Join('|', new[] { persons.Pair, persons.Companions, persons.Companion }.Where(f => f.Length > 0).Select(fold));
        PersonTotals = build.Words($"{groups}(?!\\s+(?:{companionNouns}))|{count}\\s+(?:{fold(persons.People)})|{we}");
        PersonAlone = build.Words(fold(persons.Alone));
        Cardinal = PatternBuilder.Whole(cardinals)!;
        var pair = $"(?<pair>{fold(persons.Pair)})";
        var companions = $"(?<many>{fold(persons.Companions)})";
        var companion = $"(?<one>{fold(persons.Companion)})";
        var anyCompanion = persons.Pair.Length == 0 ? $"{companions}|{companion}" : $"{pair}|{companions}|{companion}";
        var withoutCount = persons.Pair.Length == 0 ? $"{companion}|{companions}" : $"{pair}|{companion}|{companions}";
        PersonCompanions = build.Words($"{count}\\s+(?:{anyCompanion})|{withoutCount}");
        PersonSelf = build.Words($"(?<self>{fold(persons.Self)})|(?<with>{fold(persons.With)})")!;

        var answers = $"(?<no>{fold(language.Answers.No)})|(?<yes>{fold(language.Answers.Yes)})";
        Answers = build.Words($"{answers}|(?<no>{NoSigns})|(?<yes>{YesSigns})")!;
        WholeAnswer = PatternBuilder.Whole($"(?:{answers})[\\s\\p{{P}}]*")!;
        Negated = build.Ending(fold(language.Answers.Not));
    }

    /// <summary>Groups "last", "o0".."o9" (ordinals), "c0".."c9" (cardinals), "d" (digits).</summary>
    public Regex? Position { get; }

    /// <summary>Groups "alone", "couple", "g0".."g9" (group words), "c0".."c9" (cardinals), "d" (digits).</summary>
    public Regex? Persons { get; }

    /// <summary>Coming alone ("allein", "just me", "один").</summary>
    public Regex? PersonAlone { get; }

    /// <summary>A number word and nothing else ("один", "one"), which alone says nothing about people.</summary>
    public Regex Cardinal { get; }

    /// <summary>
    /// Everyone in one phrase: groups "g0".."g9" ("zu dritt"), or a count ("k0".."k9", "c0".."c9", "d")
    /// before a noun for people ("3 Personen") or after "we are" ("nous serons trois", "нас 3").
    /// </summary>
    public Regex? PersonTotals { get; }

    /// <summary>
    /// A companion: "one" ("meine Frau", "сыном"), "pair" ("Eltern", "طفلين") or "many" ("Kinder"), with an
    /// optional count before it ("drei Kindern", "двумя детьми", "iki çocuğum").
    /// </summary>
    public Regex? PersonCompanions { get; }

    /// <summary>The resident among those who come: "self" ("ich", "me", "я") or "with" ("mit", "avec", "مع").</summary>
    public Regex PersonSelf { get; }

    /// <summary>Yes and no words anywhere in the text: groups "yes", "no".</summary>
    public Regex Answers { get; }

    /// <summary>A yes or no word that is the whole text ("да", "yes!"), for replies in another language.</summary>
    public Regex WholeAnswer { get; }

    /// <summary>Matched on the text before a yes-word: a negation that makes it doubt ("nicht sicher").</summary>
    public Regex? Negated { get; }

    /// <summary>
    /// What keeps a number that belongs to a date or a time from counting people: "am 2. Mai", "12.03.", "um 10",
    /// "10 Uhr", "в 3", "saat 3". Built from the words of all languages, since a reply is read in all of them.
    /// </summary>
    private static (string Before, string After) NotAPersonCount()
    {
        var fold = PatternBuilder.Fold;
        var dates = Lexicon.All.Select(words => words.Dates).ToList();
        var months = string.Join('|', dates.SelectMany(date => date.Months).Select(fold));
        var clockBefore = string.Join('|', dates.Where(date => date.ClockBefore.Length > 0).Select(date => fold(date.ClockBefore)));
        var clockAfter = string.Join('|', dates.Where(date => date.ClockAfter.Length > 0).Select(date => fold(date.ClockAfter)));
        return ($"(?<!(?<![\\p{{L}}\\p{{N}}])(?:{clockBefore})\\s+)(?<!(?<![\\p{{L}}\\p{{N}}])(?:{months})\\.?\\s*)(?<!\\d\\s*[.:/]\\s*)",
            $"(?!\\s*[.:/,\\-]\\s*\\d)(?!\\.?\\s*(?:{months}))(?!\\s*(?:{clockAfter}|o'?clock|[ap]\\.?m\\.?)(?![\\p{{L}}\\p{{N}}]))");
    }

    /// <summary>Ten optional number words as named groups; nothing (not an empty group) when the language has none.</summary>
    private static string OptionalNumbered(string prefix, string[] fragments) =>
        fragments.All(fragment => fragment.Length == 0) ? string.Empty : PatternBuilder.Numbered(prefix, fragments) + "|";

    /// <summary>The patterns for a language code ("de", "de-DE"); unknown codes get German, the office's language.</summary>
    public static ReplyPatterns For(string language)
    {
        Languages.TryNormalize(language, out var code);
        return ByLanguage[code].Value;
    }

    /// <summary>The conversation's language first, then the others in the order of <see cref="Lexicon.All"/>.</summary>
    public static IEnumerable<ReplyPatterns> InOrder(string language)
    {
        Languages.TryNormalize(language, out var code);
        return Lexicon.All.OrderBy(words => words.Language == code ? 0 : 1).Select(words => ByLanguage[words.Language].Value);
    }
}
