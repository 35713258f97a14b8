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
        Persons = build.Words(PatternBuilder.Named(("alone", fold(language.Persons.Alone)), ("couple", fold(language.Persons.Couple)))
            + $"|{PatternBuilder.Numbered("g", language.Persons.Groups)}|{cardinals}|{digits}");

        var answers = $"(?<no>{fold(language.Answers.No)})|(?<yes>{fold(language.Answers.Yes)})";
        Answers = build.Words($"{answers}|(?<no>{NoSigns})|(?<yes>{YesSigns})")!;
        WholeAnswer = PatternBuilder.Whole($"(?:{answers})[\\s\\p{{P}}]*")!;
        Negated = build.Ending(fold(language.Answers.Not));
    }

    /// <summary>Groups "last", "o0".."o9" (ordinals), "c0".."c9" (cardinals), "d" (digits).</summary>
    public Regex? Position { get; }

    /// <summary>Groups "alone", "couple", "g0".."g9" (group words), "c0".."c9" (cardinals), "d" (digits).</summary>
    public Regex? Persons { get; }

    /// <summary>Yes and no words anywhere in the text: groups "yes", "no".</summary>
    public Regex Answers { get; }

    /// <summary>A yes or no word that is the whole text ("да", "yes!"), for replies in another language.</summary>
    public Regex WholeAnswer { get; }

    /// <summary>Matched on the text before a yes-word: a negation that makes it doubt ("nicht sicher").</summary>
    public Regex? Negated { get; }

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
