using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>
/// Asks for a value that a plugged-in parser reads from the text (a date wish, for example); the parser returns null
/// when it understands nothing.
/// </summary>
public sealed class ParsedPrompt<T>(
    string dialogId,
    IPromptRenderer renderer,
    Func<string, T?> recognize,
    PromptValidator<T>? validator = null)
    : Prompt<T>(dialogId, renderer, validator)
    where T : class
{
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        var value = string.IsNullOrWhiteSpace(text) ? null : recognize(text);
        return Task.FromResult(new PromptRecognizerResult<T>(value is not null, value));
    }
}
