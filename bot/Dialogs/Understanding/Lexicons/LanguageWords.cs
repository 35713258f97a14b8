namespace Termine.Bot.Dialogs.Understanding;

/// <summary>Everything the understanding knows about one of the seven languages.</summary>
internal sealed record LanguageWords
{
    public required string Language { get; init; }

    public required DateWords Dates { get; init; }

    public required NumberWords Numbers { get; init; }

    public required AnswerWords Answers { get; init; }

    public required PersonWords Persons { get; init; }
}
