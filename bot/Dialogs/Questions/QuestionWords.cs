namespace Termine.Bot.Dialogs.Questions;

/// <summary>
/// How one language asks about a <see cref="QuestionTopic"/>, as regular-expression fragments folded like resident
/// text (see <see cref="Understanding.DateWords"/>). <see cref="Strong"/> phrases are questions by themselves ("wie
/// komme ich hin", "Parkplätze"); <see cref="Weak"/> words count only in a question ("Adresse?", "Telefon?"), since
/// "Telefon 0176 …" answers the bot's own question.
/// </summary>
internal sealed record QuestionWords
{
    /// <summary>Words that open a question ("wo", "how", "est-ce que", "هل", "сколько").</summary>
    public required string Openers { get; init; }

    /// <summary>Particles that make a question anywhere in the sentence (Turkish "mı", Russian "ли").</summary>
    public string Particles { get; init; } = string.Empty;

    public required IReadOnlyDictionary<QuestionTopic, string> Strong { get; init; }

    public required IReadOnlyDictionary<QuestionTopic, string> Weak { get; init; }
}
