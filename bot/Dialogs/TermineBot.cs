using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Termine.Bot.Conversation;
using Termine.Bot.Dialogs.Replies;

namespace Termine.Bot.Dialogs;

/// <summary>
/// The one bot behind every channel: each message, a member joining, or a welcome event from the web chat runs the
/// main dialog; state is saved only when the turn succeeded.
/// </summary>
public sealed class TermineBot(ConversationState conversationState, MainDialog mainDialog, ConversationLanguage language) : ActivityHandler
{
    /// <summary>Events web chat embeds send on connect, asking the bot to speak first.</summary>
    private static readonly HashSet<string> WelcomeEvents = ["webchat/join", "welcome"];

    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        RunAsync(turnContext, cancellationToken);

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id))
        {
            await RunAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        if (WelcomeEvents.Contains(turnContext.Activity.Name ?? ""))
        {
            await RunAsync(turnContext, cancellationToken);
        }
    }

    private Task RunAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        mainDialog.RunAsync(turnContext, _dialogState, SayRestartedAsync, cancellationToken);

    private async Task SayRestartedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var current = await language.GetAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts["VersionChanged", current], current), cancellationToken);
    }
}
