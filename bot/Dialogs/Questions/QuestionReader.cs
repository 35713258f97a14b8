using System.Text.RegularExpressions;
using Termine.Booking;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs.Questions;

/// <summary>
/// Recognises a question about the office or the appointment that a resident asks in the middle of a booking
/// ("wo ist das Amt?", "how long will it take?", "otopark var mı?"), so the booking can answer it and go on. The
/// conversation's language is read first, then the others. A plain answer ("Anna Schmidt", "zwei", "Dienstag") is no
/// question: topic words alone count only in a question (see <see cref="QuestionWords"/>).
/// </summary>
public static class QuestionReader
{
    private static readonly Dictionary<string, Lazy<Patterns>> ByLanguage = QuestionLexicon.ByLanguage.ToDictionary(
        pair => pair.Key, pair => new Lazy<Patterns>(() => new Patterns(pair.Key, pair.Value)));

    public static QuestionTopic? Read(string text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = InputText.From(text).Folded;
        foreach (var patterns in InOrder(language))
        {
            if (patterns.Topic(folded, IsQuestion(folded, patterns)) is { } topic)
            {
                return topic;
            }
        }

        return null;
    }

    /// <summary>Whether the text asks something: a question mark, or a question word in any of the languages.</summary>
    public static bool IsQuestion(string text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = InputText.From(text).Folded;
        return InOrder(language).Any(patterns => IsQuestion(folded, patterns));
    }

    private static bool IsQuestion(string folded, Patterns patterns) =>
        folded.Contains('?', StringComparison.Ordinal) || patterns.Opener.IsMatch(folded) || patterns.Particle?.IsMatch(folded) == true;

    private static IEnumerable<Patterns> InOrder(string language)
    {
        Languages.TryNormalize(language, out var own);
        return Languages.All.OrderBy(code => code == own ? 0 : 1).Select(code => ByLanguage[code].Value);
    }

    private sealed class Patterns
    {
        private readonly (QuestionTopic Topic, Regex Regex)[] _strong;
        private readonly (QuestionTopic Topic, Regex Regex)[] _weak;

        public Patterns(string language, QuestionWords words)
        {
            var build = new PatternBuilder(language);
            Opener = PatternBuilder.Beginning(InputText.Fold(words.Openers))!;
            Particle = build.Words(PatternBuilder.Fold(words.Particles));
            _strong = words.Strong.Select(pair => (pair.Key, build.Words(InputText.Fold(pair.Value))!)).ToArray();
            _weak = words.Weak.Select(pair => (pair.Key, build.Words(InputText.Fold(pair.Value))!)).ToArray();
        }

        public Regex Opener { get; }

        public Regex? Particle { get; }

        /// <summary>
        /// The topic asked about. Where phrases overlap the longest wins ("muss ich meine Kinder mitbringen" is about
        /// children, not documents); of the rest a phrase beats a mere topic word, and "where" gives way to what is
        /// asked about where ("wo ist der Parkplatz?").
        /// </summary>
        public QuestionTopic? Topic(string folded, bool isQuestion)
        {
            var matches = _strong.Select(p => (p.Topic, p.Regex, Strong: true))
                .Concat(isQuestion ? _weak.Select(p => (p.Topic, p.Regex, Strong: false)) : [])
                .SelectMany(p => p.Regex.Matches(folded).Select(m => (p.Topic, p.Strong, Start: m.Index, End: m.Index + m.Length)))
                .OrderByDescending(m => m.End - m.Start)
                .ToList();
            var kept = new List<(QuestionTopic Topic, bool Strong, int Start, int End)>();
            foreach (var match in matches)
            {
                if (!kept.Any(k => k.Start < match.End && match.Start < k.End))
                {
                    kept.Add(match);
                }
            }

            return kept
                .OrderBy(k => k.Topic == QuestionTopic.Address ? 1 : 0)
                .ThenBy(k => k.Strong ? 0 : 1)
                .Select(k => (QuestionTopic?)k.Topic)
                .FirstOrDefault();
        }
    }
}
