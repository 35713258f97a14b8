namespace Termine.Bot.Channels.DirectLine;

/// <summary>Tells the streams of a conversation, on every host that has one, that it has new activities.</summary>
public interface IActivityNotifier
{
    /// <summary>Called once the activity is stored; a lost notice only delays delivery until the stream's keep-alive.</summary>
    Task NotifyAsync(string conversationId, CancellationToken cancellationToken);
}
