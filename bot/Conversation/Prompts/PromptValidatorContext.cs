using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> decides on.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(
        ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        AttemptCount = attemptCount;
    }

    /// <summary>The current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>What the prompt recognised in this message.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>How many answers were given to this prompt, this one included (1 on the first answer).</summary>
    public int AttemptCount { get; }
}
