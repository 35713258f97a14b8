using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace Termine.Bot.Tests.Conversation.Support;

/// <summary>A single turn outside a transcript, for tests that drive a <c>DialogContext</c> by hand.</summary>
internal static class TestTurn
{
    /// <summary>A message turn in conversation "turn-tests"; turns created here share their conversation state key.</summary>
    public static TurnContext Create(string text = "hi")
    {
        var activity = MessageFactory.Text(text);
        activity.ChannelId = "test";
        activity.Conversation = new ConversationAccount(id: "turn-tests");
        activity.From = new ChannelAccount("user");
        activity.Recipient = new ChannelAccount("bot");
        return new TurnContext(new TestAdapter(), activity);
    }
}
