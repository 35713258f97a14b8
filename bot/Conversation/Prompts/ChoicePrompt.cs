using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/>, by name, synonym or number; see
/// <see cref="ChoiceRecognizer.Recognize"/>. The optional <c>ordinalRecognizer</c> maps words such as "the second" to a
/// 1-based position, in whatever languages it knows.
/// </summary>
public sealed class ChoicePrompt(
    string dialogId,
    IPromptRenderer renderer,
    PromptValidator<FoundChoice>? validator = null,
    Func<string, int?>? ordinalRecognizer = null)
    : Prompt<FoundChoice>(dialogId, renderer, validator)
{
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, options.Choices.AsReadOnly(), ordinalRecognizer);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice>(found is not null, found));
    }
}
