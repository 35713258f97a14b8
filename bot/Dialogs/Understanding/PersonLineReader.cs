using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// One family member's full name and date of birth in one message: "Leyla Yılmaz, 12.03.2015", "my son Omar Haddad
/// born 5 May 2012", "Ivan Petrenko 01.02.2010", "Kızım Elif Yılmaz 03.07.2016 doğumlu", "мой сын Иван Петренко,
/// 1 февраля 2010". The relation ("mein Sohn") and the words around the date ("geboren am") are not the name.
/// </summary>
public static class PersonLineReader
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;
    private const string Start = "(?<![\\p{L}\\p{N}])";
    private const string End = "(?![\\p{L}\\p{N}])";
    private const string Gap = "[\\s\\p{P}]*";

    // Relations and birth words of every language: a family list is often written half in German. One relation
    // only, and only before at least two more words: Turkish "karım" (my wife) is also the name Karim.
    private static readonly Regex Relation = new(
        $"^{Gap}{Start}(?:{Alternatives(words => words.Relations)}){End}{Gap}(?=\\p{{L}}+[^\\p{{L}}]+\\p{{L}})", Options);

    // What is left of a date that is no whole date ("مواليد 1990", "Jahrgang 2015"): not part of the name either.
    private static readonly Regex Digits = new("[\\p{N}][\\p{N}./\\-]*", Options);

    private static readonly Regex BornAtEnd = new(
        $"(?:{Gap}{Start}(?:{Alternatives(words => words.Born)}){End})+{Gap}$", Options);

    private static readonly Regex BornAtStart = new(
        $"^{Gap}(?:{Start}(?:{Alternatives(words => words.Born)}){End}{Gap})+", Options);

    /// <summary>
    /// Reads the member's name (required) and date of birth (null when the message has none, or none that can be a
    /// birth date); the date is read by <see cref="BirthDateReader"/>.
    /// </summary>
    public static bool TryRead(string text, string language, DateOnly today, out string fullName, out DateOnly? birthDate)
    {
        var read = TryReadWithReading(text, language, today, out fullName, out var reading);
        birthDate = reading?.Date;
        return read;
    }

    /// <summary>As <see cref="TryRead"/>, with whether the date was written ambiguously (to be read back with the month as a word).</summary>
    public static bool TryReadWithReading(string text, string language, DateOnly today, out string fullName, out BirthDateReading? birthDate)
    {
        fullName = string.Empty;
        birthDate = null;
        if (string.IsNullOrWhiteSpace(text) || NameReader.LooksLikeQuestion(text, language))
        {
            return false;
        }

        var input = InputText.From(text);
        var rest = input.Clean;
        if (BirthDateReader.Find(text, language, today) is { } date)
        {
            birthDate = date.Reading;
            rest = $"{rest[..date.Index]}, {rest[(date.Index + date.Length)..]}";
        }

        rest = Digits.Replace(rest, ",");

        return NameReader.TryRead(WithoutRelationAndBirthWords(rest), language, out fullName);
    }

    /// <summary>The name's part of the message: the relation before it and the birth words beside the date taken off.</summary>
    private static string WithoutRelationAndBirthWords(string text)
    {
        // The date's place is marked by a comma: what follows it belongs to the date ("…, geboren in Kiew") or is
        // empty; the name is the longest side.
        var sides = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Trimmed)
            .Where(side => side.Length > 0)
            .ToList();
        return sides.Count == 0 ? string.Empty : sides.MaxBy(side => side.Count(char.IsLetter))!;
    }

    private static string Trimmed(string side)
    {
        var input = InputText.From(side);
        var folded = input.Folded;
        var start = Relation.Match(folded) is { Success: true } relation ? relation.Length : 0;
        var born = BornAtStart.Match(folded, start, folded.Length - start);
        if (born.Success && born.Index == start)
        {
            start += born.Length;
        }

        var end = BornAtEnd.Match(folded, start, folded.Length - start) is { Success: true } tail ? tail.Index : folded.Length;
        return input.Clean[start..end].Trim();
    }

    private static string Alternatives(Func<ContactWords, string> words) =>
        string.Join('|', ContactLexicon.All.Select(entry => PatternBuilder.Fold(words(entry))));
}
