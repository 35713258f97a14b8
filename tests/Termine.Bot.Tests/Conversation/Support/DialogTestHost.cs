using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Termine.Bot.Conversation;

namespace Termine.Bot.Tests.Conversation.Support;

/// <summary>
/// Runs a root dialog the way the bot does: <c>RunAsync</c>, then save. Every turn builds the conversation state, the
/// accessor and the dialogs anew over the same storage, as if the host restarted between any two messages, so every
/// transcript test also proves that the dialogs live from their stored state alone.
/// </summary>
internal sealed class DialogTestHost(IStorage? storage = null)
{
    public const string StartedOver = "started-over";

    public IStorage Storage { get; } = storage ?? new MemoryStorage();

    /// <summary>The result of each turn, in order.</summary>
    public List<DialogTurnResult> Results { get; } = [];

    /// <summary>A component named "Root" holding <paramref name="dialogs"/>; the first one begins.</summary>
    public static ComponentDialog Root(params Dialog[] dialogs)
    {
        var root = new ComponentDialog("Root");
        foreach (var dialog in dialogs)
        {
            root.AddDialog(dialog);
        }

        return root;
    }

    /// <summary>A transcript against this host's storage; flows of one host share the conversation.</summary>
    public TestFlow Flow(Func<Dialog> createRoot) =>
        new(new TestAdapter(TestAdapter.CreateConversation("conversation")), async (turnContext, cancellationToken) =>
        {
            var conversationState = new ConversationState(Storage);
            var accessor = conversationState.CreateProperty<DialogState>(nameof(DialogState));
            var result = await createRoot().RunAsync(
                turnContext,
                accessor,
                (context, ct) => context.SendActivityAsync(StartedOver, cancellationToken: ct),
                cancellationToken);
            Results.Add(result);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        });
}
