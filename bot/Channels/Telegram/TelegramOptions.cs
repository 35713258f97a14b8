namespace Termine.Bot.Channels.Telegram;

/// <summary>The Telegram channel; off while <see cref="BotToken"/> is empty. The token and the secret come from the environment only.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Termine:Telegram";

    /// <summary>From BotFather, "123456789:AA…". Secret: never in appsettings.json.</summary>
    public string? BotToken { get; set; }

    public TelegramMode Mode { get; set; } = TelegramMode.Webhook;

    /// <summary>
    /// Telegram repeats it in the X-Telegram-Bot-Api-Secret-Token header of every webhook call, so a call without it
    /// is not from Telegram. 1–256 characters of A–Z, a–z, 0–9, _ and -. Secret.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Another Bot API server (a local Bot API server, or the tests' stand-in); Telegram's own when empty.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>How long one getUpdates call waits for news in polling mode.</summary>
    public TimeSpan PollingTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
