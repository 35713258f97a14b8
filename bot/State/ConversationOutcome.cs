namespace Termine.Bot.State;

public enum ConversationOutcome
{
    /// <summary>Still going, or left without booking; shown as abandoned once it has been quiet for a while.</summary>
    Open = 0,
    Booked = 1,
    /// <summary>The resident asked for a person (the office's contact details were given).</summary>
    AskedForPerson = 2,
    /// <summary>An existing appointment was cancelled or moved in the conversation.</summary>
    Managed = 3,
    /// <summary>The resident joined the waiting list (the entry's reference was given).</summary>
    JoinedWaitlist = 4,
}
