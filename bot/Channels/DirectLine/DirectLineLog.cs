namespace Termine.Bot.Channels.DirectLine;

/// <summary>The Direct Line channel's log events (5100–5199): conversation ids only as hashes, never what was written.</summary>
public static partial class DirectLineLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Warning,
        Message = "No Termine:DirectLine:Secret is configured: a random one was made for this process. The web chat works, "
            + "but only on this host and until it stops; set the secret for production and for several hosts.")]
    public static partial void SecretGenerated(this ILogger logger);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Direct Line conversation {Conversation} created")]
    public static partial void ConversationCreated(this ILogger logger, string conversation);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "A Direct Line turn in {Conversation} failed, and so did its error handler")]
    public static partial void TurnFailed(this ILogger logger, string conversation, Exception exception);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "A Direct Line poll in {Conversation} could not read the database")]
    public static partial void PollFailed(this ILogger logger, string conversation, Exception exception);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "A Direct Line stream in {Conversation} could not read the database; closing it")]
    public static partial void StreamFailed(this ILogger logger, string conversation, Exception exception);

    [LoggerMessage(EventId = 5106, Level = LogLevel.Warning, Message = "Listening for other hosts' Direct Line activities failed; trying again")]
    public static partial void ListenerFailed(this ILogger logger, Exception exception);
}
