using Microsoft.Bot.Builder;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Services;

namespace Termine.Bot.Dialogs.Prompts;

/// <summary>
/// Asks which service the resident needs and understands a button, a service's name or free text in any of the seven
/// languages; ends with the ids of the services that match, best first (one when it is clear).
/// </summary>
public sealed class ServicePrompt(string dialogId, IPromptRenderer renderer, ServiceMatcher matcher, ConversationLanguage language)
    : Prompt<string[]>(dialogId, renderer, validator: null)
{
    protected override async Task<PromptRecognizerResult<string[]>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? "";
        var button = options.Choices.FirstOrDefault(c => string.Equals(c.Value, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (button is not null)
        {
            return new PromptRecognizerResult<string[]>(true, [button.Synonyms.FirstOrDefault() ?? button.Value]);
        }

        var matches = matcher.Match(text, await language.GetAsync(turnContext, cancellationToken));
        return matches.Count > 0
            ? new PromptRecognizerResult<string[]>(true, matches.Select(s => s.Id).ToArray())
            : new PromptRecognizerResult<string[]>(false);
    }
}
