namespace Termine.Bot.Dialogs.Understanding;

/// <summary>Yes and no in one language, as regular-expression fragments folded like resident text.</summary>
internal sealed record AnswerWords
{
    /// <summary>Includes negated agreement ("nicht richtig", "не верно"), tried before <see cref="Yes"/>.</summary>
    public required string No { get; init; }

    public required string Yes { get; init; }

    /// <summary>A negation that turns a following yes-word into doubt ("nicht sicher"), so it is not taken as yes.</summary>
    public required string Not { get; init; }
}
