using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>Asks for free text; recognises any message that is not blank, trimmed.</summary>
public sealed class TextPrompt(string dialogId, IPromptRenderer renderer, PromptValidator<string>? validator = null)
    : Prompt<string>(dialogId, renderer, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? new PromptRecognizerResult<string>(false)
            : new PromptRecognizerResult<string>(true, text));
    }
}
