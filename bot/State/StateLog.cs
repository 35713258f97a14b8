namespace Termine.Bot.State;

/// <summary>The conversation state's log events (9120–9129): conversations only as hashes.</summary>
internal static partial class StateLog
{
    [LoggerMessage(EventId = 9120, Level = LogLevel.Information, Message = "Conversation {ConversationHash} on {Channel} came to {Outcome} in language {Language}")]
    public static partial void ConversationOutcomeReached(this ILogger logger, string conversationHash, string channel, ConversationOutcome outcome, string language);
}
