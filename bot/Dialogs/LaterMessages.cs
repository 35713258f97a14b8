using Microsoft.Bot.Schema;

namespace Termine.Bot.Dialogs;

/// <summary>
/// Where the core may write to a resident later, unasked (the QR code, reminders, waiting-list offers): only a channel
/// with a chat transport. Today that is Telegram; Web Chat cannot reach a page that was closed, and Teams is written
/// to only when the resident writes first. The booking and the waiting list ask here, so both agree.
/// </summary>
public static class LaterMessages
{
    public static string? AddressOf(IActivity activity) => activity.ChannelId == "telegram" ? activity.Conversation?.Id : null;
}
