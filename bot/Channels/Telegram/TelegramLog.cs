using System.Security.Cryptography;
using System.Text;
using Telegram.Bot.Types.Enums;

namespace Termine.Bot.Channels.Telegram;

/// <summary>The Telegram channel's log events (6000–6099). Chats appear only as a short hash; never names or texts.</summary>
internal static partial class TelegramLog
{
    public static string Hash(long chatId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture))))[..12];

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Update {UpdateId} seen before; ignored")]
    public static partial void UpdateSeenBefore(this ILogger logger, int updateId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug, Message = "Update {UpdateId} of type {Type} is not for the bot; ignored")]
    public static partial void UpdateIgnored(this ILogger logger, int updateId, UpdateType type);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "A button press in chat {ChatHash} could not be read back (an old message); ignored")]
    public static partial void UnknownButton(this ILogger logger, string chatHash);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Warning, Message = "Could not answer a button press in chat {ChatHash}")]
    public static partial void CallbackAnswerFailed(this ILogger logger, string chatHash, Exception exception);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "A webhook call was refused: {Reason}")]
    public static partial void WebhookRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Telegram webhook registered at {Url}")]
    public static partial void WebhookRegistered(this ILogger logger, string url);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning, Message = "Could not register the Telegram webhook (attempt {Attempt}); will retry")]
    public static partial void WebhookRegistrationFailed(this ILogger logger, int attempt, Exception exception);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Information, Message = "Telegram polling started")]
    public static partial void PollingStarted(this ILogger logger);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Warning, Message = "Telegram polling failed; will retry")]
    public static partial void PollingFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6040, Level = LogLevel.Warning, Message = "A confirmation button was pressed in chat {ChatHash}, which is not its appointment's chat; nothing done")]
    public static partial void ConfirmationPressInForeignChat(this ILogger logger, string chatHash);

    [LoggerMessage(EventId = 6041, Level = LogLevel.Warning, Message = "An offer's button was pressed in chat {ChatHash}, which is not its entry's chat; nothing done")]
    public static partial void OfferPressInForeignChat(this ILogger logger, string chatHash);
}
