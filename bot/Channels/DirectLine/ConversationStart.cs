namespace Termine.Bot.Channels.DirectLine;

/// <summary>What starting a conversation a token names found: Direct Line answers 201 for the first start, 200 after.</summary>
public enum ConversationStart
{
    NotFound,
    Started,
    AlreadyStarted,
}
