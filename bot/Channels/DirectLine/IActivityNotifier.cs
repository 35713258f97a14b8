using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>Tells the streams of a conversation on the other hosts that it has new activities.</summary>
public interface IActivityNotifier
{
    /// <summary>
    /// Called inside the unit of work that stores the activities, so the notice leaves only with its commit; a lost
    /// notice only delays delivery until the stream's keep-alive.
    /// </summary>
    Task AnnounceAsync(BotDbContext db, string conversationId, CancellationToken cancellationToken);
}
