namespace Termine.Bot.Conversation.Prompts;

/// <summary>Finds which of a list of <see cref="Choice"/>s a typed answer names.</summary>
public static class ChoiceRecognizer
{
    /// <summary>
    /// Tries, in order: the whole answer is a choice's value, title or synonym; the answer is only a number from 1 to
    /// the number of choices; the answer contains a value, title or synonym as whole words (scored by how much of the
    /// answer it covers); <paramref name="ordinalRecognizer"/> returns a 1-based position ("the second" → 2).
    /// Case, accents and punctuation are ignored. An answer naming two choices equally well recognises neither.
    /// </summary>
    public static FoundChoice? Recognize(
        string? text, IReadOnlyList<Choice> choices, Func<string, int?>? ordinalRecognizer = null)
    {
        var words = AnswerText.Words(text);
        if (words.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        return BestContainedTerm(words, choices, exactOnly: true)
               ?? ByPosition(words.Length == 1 ? AnswerText.SingleNumber(text) : null, choices)
               ?? BestContainedTerm(words, choices, exactOnly: false)
               ?? ByPosition(ordinalRecognizer?.Invoke(text!), choices);
    }

    private static FoundChoice? ByPosition(int? position, IReadOnlyList<Choice> choices) =>
        position is { } oneBased && oneBased >= 1 && oneBased <= choices.Count
            ? new FoundChoice(choices[oneBased - 1].Value, oneBased - 1, 1.0)
            : null;

    private static FoundChoice? BestContainedTerm(string[] words, IReadOnlyList<Choice> choices, bool exactOnly)
    {
        FoundChoice? best = null;
        var tied = false;
        for (var index = 0; index < choices.Count; index++)
        {
            var score = Terms(choices[index])
                .Select(term => AnswerText.Words(term))
                .Where(termWords => termWords.Length > 0 && (!exactOnly || termWords.Length == words.Length))
                .Select(termWords => Contains(words, termWords) ? (double)termWords.Length / words.Length : 0)
                .DefaultIfEmpty(0)
                .Max();
            if (score <= 0 || (best is not null && score < best.Score))
            {
                continue;
            }

            tied = best is not null && score == best.Score;
            best = tied ? best : new FoundChoice(choices[index].Value, index, score);
        }

        return tied ? null : best;
    }

    private static IEnumerable<string> Terms(Choice choice) =>
        choice.Title is null ? [choice.Value, .. choice.Synonyms] : [choice.Value, choice.Title, .. choice.Synonyms];

    private static bool Contains(string[] words, string[] termWords)
    {
        for (var start = 0; start + termWords.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, termWords.Length).SequenceEqual(termWords))
            {
                return true;
            }
        }

        return false;
    }
}
