namespace Termine.Bot.Channels;

/// <summary>The turn pipeline's log events (5000–5099): the channel's id, never what was written.</summary>
internal static partial class ChannelsLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "A turn on channel {ChannelId} failed")]
    public static partial void TurnFailedOnChannel(this ILogger logger, string channelId, Exception exception);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "The writes of a turn on channel {ChannelId} could not be committed; apologising instead")]
    public static partial void TurnCommitFailed(this ILogger logger, string channelId, Exception exception);
}
