using Termine.Booking.Catalog;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Prompts;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Services;

namespace Termine.Bot.Dialogs;

/// <summary>"What documents do I need for …?" without booking: the service's explanation and documents.</summary>
public sealed class DocumentsDialog : ComponentDialog
{
    private const string ServicePromptId = nameof(DocumentsDialog) + ".Service";
    private const string ClarifyPromptId = nameof(DocumentsDialog) + ".Clarify";

    private readonly ServiceCatalog _catalog;
    private readonly ServiceMatcher _matcher;
    private readonly ConversationLanguage _language;

    public DocumentsDialog(IPromptRenderer renderer, ServiceCatalog catalog, ServiceMatcher matcher, ConversationLanguage language)
        : base(nameof(DocumentsDialog))
    {
        (_catalog, _matcher, _language) = (catalog, matcher, language);
        AddDialog(new WaterfallDialog<DocumentsValues>(nameof(DocumentsDialog) + ".Steps", [AskServiceStepAsync, ClarifyStepAsync, ShowStepAsync]));
        AddDialog(new ServicePrompt(ServicePromptId, renderer, matcher, language, catalog));
        AddDialog(new ChoicePrompt(ClarifyPromptId, renderer));
    }

    private async Task<DialogTurnResult> AskServiceStepAsync(WaterfallStepContext<DocumentsValues> step, CancellationToken cancellationToken)
    {
        var language = await _language.GetAsync(step.Context, cancellationToken);
        if (_matcher.Match(step.Context.Activity.Text ?? "", language) is { Count: > 0 } matches)
        {
            return await step.NextAsync(matches.Select(s => s.Id).ToArray(), cancellationToken);
        }

        return await step.PromptAsync(ServicePromptId, new PromptOptions
        {
            Prompt = new PromptMessage("Documents.AskService") { Expecting = "service" },
            RetryPrompt = new PromptMessage("Service.Retry") { Expecting = "service" },
            Choices = _catalog.Services.Select(s => new Choice(s.Name[language]) { Synonyms = [s.Id] }).ToList(),
            Style = ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ClarifyStepAsync(WaterfallStepContext<DocumentsValues> step, CancellationToken cancellationToken)
    {
        var ids = step.ResultAs<string[]>()!;
        if (ids.Length == 1)
        {
            return await step.NextAsync(ids[0], cancellationToken);
        }

        var language = await _language.GetAsync(step.Context, cancellationToken);
        return await step.PromptAsync(ClarifyPromptId, new PromptOptions
        {
            Prompt = new PromptMessage("Service.Clarify") { Expecting = "service" },
            Choices = ids.Select(id => new Choice(_catalog.Find(id)!.Name[language])).ToList(),
            Style = ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext<DocumentsValues> step, CancellationToken cancellationToken)
    {
        var service = step.Result is FoundChoice found
            ? _catalog.Services.Single(s => s.Name.Values.Values.Contains(found.Value))
            : _catalog.Find(step.ResultAs<string>())!;
        var language = await _language.GetAsync(step.Context, cancellationToken);
        await step.Context.SendActivityAsync(DocumentsCard.For(service, language, step.Context.Activity.ChannelId), cancellationToken);
        await _language.ShowedDocumentsAsync(step.Context, service.Id, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}

public sealed record DocumentsValues;
