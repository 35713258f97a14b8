namespace Termine.Bot.Conversation;

/// <summary>Where the dialog stack stands after a turn was routed through it.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active, so nothing handled the turn.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
