using Microsoft.Bot.Builder;
using Termine.Booking.Catalog;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Services;

namespace Termine.Bot.Dialogs.Prompts;

/// <summary>
/// Asks which service the resident needs and understands a button, a service's name or free text in any of the seven
/// languages; ends with the ids of the services that match, best first (one when it is clear). Offered every service,
/// it shows them by topic as a card in Web Chat (<see cref="ServiceListCard"/>), where the buttons' box would scroll.
/// </summary>
public sealed class ServicePrompt : Prompt<string[]>
{
    private readonly IPromptRenderer _renderer;
    private readonly ServiceMatcher _matcher;
    private readonly ConversationLanguage _language;
    private readonly ServiceCatalog _catalog;

    public ServicePrompt(string dialogId, IPromptRenderer renderer, ServiceMatcher matcher, ConversationLanguage language, ServiceCatalog catalog)
        : base(dialogId, renderer, validator: null) =>
        (_renderer, _matcher, _language, _catalog) = (renderer, matcher, language, catalog);

    protected override async Task OnPromptAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        if (options.Choices.Count < _catalog.Services.Count)
        {
            await base.OnPromptAsync(turnContext, instance, options, isRetry, cancellationToken);
            return;
        }

        var message = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = await _renderer.RenderAsync(turnContext, message, options.Choices.AsReadOnly(), options.Style, isRetry, cancellationToken);
        activity.InputHint ??= Microsoft.Bot.Schema.InputHints.ExpectingInput;
        ServiceListCard.Apply(activity, _catalog.Services, await _language.GetAsync(turnContext, cancellationToken), turnContext.Activity.ChannelId);
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    protected override async Task<PromptRecognizerResult<string[]>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? "";
        var button = options.Choices.FirstOrDefault(c => string.Equals(c.Value, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (button is not null)
        {
            return new PromptRecognizerResult<string[]>(true, [button.Synonyms.FirstOrDefault() ?? button.Value]);
        }

        var matches = _matcher.Match(text, await _language.GetAsync(turnContext, cancellationToken));
        return matches.Count > 0
            ? new PromptRecognizerResult<string[]>(true, matches.Select(s => s.Id).ToArray())
            : new PromptRecognizerResult<string[]>(false);
    }
}
