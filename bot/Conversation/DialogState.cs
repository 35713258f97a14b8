namespace Termine.Bot.Conversation;

/// <summary>
/// The persisted dialog stack of one conversation (or of one component dialog). Plain data: it round-trips through
/// the SDK's Newtonsoft-based <c>BotState</c> as well as through System.Text.Json.
/// </summary>
public sealed class DialogState
{
    /// <summary>The stack, active dialog first.</summary>
    public List<DialogInstance> DialogStack { get; set; } = [];
}
