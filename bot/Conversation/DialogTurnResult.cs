namespace Termine.Bot.Conversation;

/// <summary>What a dialog operation did with the turn.</summary>
/// <param name="Status">Where the stack stands.</param>
/// <param name="Result">The value the last dialog ended with, when <paramref name="Status"/> is Complete. It is handed
/// over in memory within the turn and never stored, so it keeps its runtime type.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
