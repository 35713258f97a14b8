namespace Termine.Bot.Conversation.Prompts;

/// <summary>What a prompt made of the user's message.</summary>
/// <param name="Succeeded">Whether a value was recognised.</param>
/// <param name="Value">The value, when <paramref name="Succeeded"/>.</param>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
