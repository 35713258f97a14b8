using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// A full name given as the answer to "what is your name", in any script: "Anna Schmidt", "Ich heiße Anna Schmidt.",
/// "my name is …", "je m'appelle …", "benim adım …", "меня зовут …", "мене звати …", "اسمي …". Questions and
/// sentences about something else are refused, so they are never stored as a name.
/// </summary>
public static class NameReader
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    /// <summary>The longest name the booking core accepts.</summary>
    public const int MaxLength = 100;

    private const string Start = "(?<![\\p{L}\\p{N}])";
    private const string End = "(?![\\p{L}\\p{N}])";
    private const string Gap = "[\\s\\p{P}\\p{S}]*";

    private static readonly Patterns[] ByLanguage = ContactLexicon.All.Select(words => new Patterns(words)).ToArray();

    // Every name part is letters (any script, with their marks), joined inside by an apostrophe or hyphen
    // ("O'Brien", "Anne-Marie", "Yılmaz'ın" is not typed in a name); an initial may end with a full stop.
    private static readonly Regex Part = new("^\\p{L}[\\p{L}\\p{M}]*(?:['\\-]\\p{L}[\\p{L}\\p{M}]*)*\\.?$", Options);

    // Turkish adds "is" to a name ("Ayşe Yılmaz'dır"); it is not part of the name.
    private static readonly Regex TurkishCopula = new("'?(?:d|t)(?:ı|i|u|ü)r$", Options);

    /// <summary>
    /// Reads a full name: at least two parts, the last (the family name) written out, not an initial ("A. Schmidt"
    /// is a name, "Anna S." is not); no digits, no "@", at most <see cref="MaxLength"/> characters, not a question.
    /// </summary>
    public static bool TryRead(string text, string language, out string fullName)
    {
        fullName = string.Empty;
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength || text.Any(char.IsDigit) || text.Contains('@')
            || LooksLikeQuestion(text, language))
        {
            return false;
        }

        var name = WithoutLeadIns(InputText.From(text), language);
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (language.StartsWith("tr", StringComparison.OrdinalIgnoreCase) && parts.Length > 0 && parts[^1].Contains('\''))
        {
            parts[^1] = TurkishCopula.Replace(parts[^1], string.Empty);
        }

        if (parts.Length is < 2 or > 6 || !parts.All(Part.IsMatch) || parts[^1].TrimEnd('.').Length < 2 || parts[^1].EndsWith('.')
            || ForeignToNames(parts, language))
        {
            return false;
        }

        fullName = string.Join(' ', parts);
        return true;
    }

    /// <summary>
    /// Whether the text asks something: it ends with a question mark (any script's), starts with a question word of
    /// <paramref name="language"/> ("wie", "what", "pourquoi", "neden", "почему", "هل") or carries a question particle
    /// (Turkish "mi", Russian "ли", Ukrainian "чи").
    /// </summary>
    public static bool LooksLikeQuestion(string text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = InputText.From(text).Folded.TrimEnd();
        if (folded.TrimEnd('.', '!', ' ', ')', '"', '\'').EndsWith('?') || text.Contains('¿'))
        {
            return true;
        }

        var patterns = ByLanguage[ContactLexicon.IndexOf(language)];
        var afterGreeting = patterns.LeadingCourtesies.Replace(folded, string.Empty);
        return patterns.QuestionStart.IsMatch(afterGreeting) || patterns.QuestionParticle?.IsMatch(folded) == true;
    }

    /// <summary>
    /// The text without greetings, thanks and lead-ins ("Hallo, ich heiße …, danke"); the conversation's language
    /// first, then strong lead-ins of the others, since residents answer in their own language too.
    /// </summary>
    internal static string WithoutLeadIns(InputText input, string language)
    {
        var own = ContactLexicon.IndexOf(language);
        var folded = input.Folded;
        var (start, end) = (0, folded.Length);
        foreach (var patterns in ByLanguage.Select((patterns, index) => (patterns, index)).OrderBy(entry => entry.index == own ? 0 : 1))
        {
            var leadIn = patterns.index == own ? patterns.patterns.OwnLeadIn : patterns.patterns.LeadIn;
            var cut = leadIn.Match(folded, start, end - start);
            if (cut.Success)
            {
                start += cut.Length;
            }

            var tail = patterns.patterns.TrailingCourtesies.Match(folded, start, end - start);
            if (tail.Success)
            {
                end = tail.Index;
            }
        }

        return input.Clean[start..end].Trim().Trim(',', '.', ';', ':', '!', '-', '"', '\'', '«', '»', '„', '“', '”', ' ');
    }

    /// <summary>A part that is a word of a sentence in the conversation's language ("möchte", "termin", "хочу").</summary>
    private static bool ForeignToNames(string[] parts, string language)
    {
        var notInNames = ByLanguage[ContactLexicon.IndexOf(language)].NotInNames;
        return parts.Any(part => notInNames.IsMatch(InputText.Fold(part)));
    }

    private sealed class Patterns
    {
        public Patterns(ContactWords words)
        {
            var fold = PatternBuilder.Fold;
            var courtesies = fold(words.Courtesies);
            var leadIns = fold(words.NameLeadIns);
            var weak = words.WeakNameLeadIns.Length == 0 ? leadIns : $"{leadIns}|{fold(words.WeakNameLeadIns)}";
            LeadIn = LeadInPattern(courtesies, leadIns);
            OwnLeadIn = LeadInPattern(courtesies, weak);
            LeadingCourtesies = new Regex($"^{Gap}(?:{Start}{courtesies}{End}{Gap})+", Options);
            TrailingCourtesies = new Regex($"(?:{Gap}{Start}{courtesies}{End})+{Gap}$", Options);
            QuestionStart = new Regex($"^{Gap}{Start}(?:{fold(words.QuestionStarts)}){End}", Options);
            QuestionParticle = words.QuestionParticles.Length == 0
                ? null
                : new Regex($"{Start}(?:{fold(words.QuestionParticles)}){End}", Options);
            NotInNames = new Regex($"^(?:{fold(words.NotInNames)})$", Options);
        }

        public Regex LeadIn { get; }

        public Regex OwnLeadIn { get; }

        public Regex LeadingCourtesies { get; }

        public Regex TrailingCourtesies { get; }

        public Regex QuestionStart { get; }

        public Regex? QuestionParticle { get; }

        public Regex NotInNames { get; }

        // Greetings, then the lead-in, then what separates it from the name ("mein Name ist: Anna").
        private static Regex LeadInPattern(string courtesies, string leadIns) =>
            new($"\\G{Gap}(?:{Start}{courtesies}{End}{Gap})*{Start}(?:{leadIns}){End}{Gap}|\\G{Gap}(?:{Start}{courtesies}{End}{Gap})+", Options);
    }
}
