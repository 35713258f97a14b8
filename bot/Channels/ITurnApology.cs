using Microsoft.Bot.Schema;

namespace Termine.Bot.Channels;

/// <summary>
/// The short apology after a failed turn, in the language the channel says the resident uses. Its words belong to the
/// conversation, so the dialogs provide it; channels only send it.
/// </summary>
public interface ITurnApology
{
    IMessageActivity For(string? locale);
}
