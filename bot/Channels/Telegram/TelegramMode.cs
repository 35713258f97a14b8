namespace Termine.Bot.Channels.Telegram;

/// <summary>How updates reach Termine: Telegram posts them to the webhook, or Termine asks for them.</summary>
public enum TelegramMode
{
    /// <summary>Telegram posts to <c>{PublicBaseUrl}/api/telegram/webhook</c>; needs a public HTTPS address.</summary>
    Webhook,

    /// <summary>Termine long-polls getUpdates: for a host nobody can reach from outside.</summary>
    Polling,
}
