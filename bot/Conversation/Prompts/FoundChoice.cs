namespace Termine.Bot.Conversation.Prompts;

/// <summary>The option a <see cref="ChoicePrompt"/> recognised.</summary>
/// <param name="Value">The chosen <see cref="Choice.Value"/>.</param>
/// <param name="Index">Its zero-based position in the prompt's choices.</param>
/// <param name="Score">How sure the recognition is, from 0 to 1 (1 for an exact answer or a number).</param>
public sealed record FoundChoice(string Value, int Index, double Score);
