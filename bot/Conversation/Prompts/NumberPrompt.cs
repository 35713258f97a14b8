using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>
/// Asks for a whole number. Recognises a message with exactly one number written in digits ("we are 3", "٣"); when
/// there is none, the optional <c>recognizer</c> gets the text (for number words such as "drei").
/// </summary>
public sealed class NumberPrompt(
    string dialogId,
    IPromptRenderer renderer,
    PromptValidator<int>? validator = null,
    Func<string, int?>? recognizer = null)
    : Prompt<int>(dialogId, renderer, validator)
{
    protected override Task<PromptRecognizerResult<int>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? string.Empty;
        var number = AnswerText.SingleNumber(text) ?? recognizer?.Invoke(text);
        return Task.FromResult(number is { } value
            ? new PromptRecognizerResult<int>(true, value)
            : new PromptRecognizerResult<int>(false));
    }
}
