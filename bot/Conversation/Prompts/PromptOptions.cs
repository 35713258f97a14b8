using System.Text.Json.Nodes;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>What a prompt asks and accepts; plain data, stored with the prompt while it waits.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public required PromptMessage Prompt { get; init; }

    /// <summary>Said when an answer was not accepted; the question is asked again when null.</summary>
    public PromptMessage? RetryPrompt { get; init; }

    /// <summary>The options of a choice prompt (other prompts hand them to the renderer for buttons).</summary>
    public IList<Choice> Choices { get; init; } = [];

    /// <summary>
    /// Data for the prompt's validator (limits, for example), stored as JSON so it comes back typed:
    /// <c>JsonSerializer.SerializeToNode(limits)</c> in, <c>Validations.Deserialize&lt;Limits&gt;()</c> out.
    /// </summary>
    public JsonNode? Validations { get; init; }

    /// <summary>How choices are presented.</summary>
    public ListStyle Style { get; init; }
}
