using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// One host (SQLite): nothing to tell, the store wakes this process's streams after each commit. Streams on other
/// hosts sharing the database still find new activities at their next keep-alive.
/// </summary>
public sealed class LocalActivityNotifier : IActivityNotifier
{
    public Task AnnounceAsync(BotDbContext db, string conversationId, CancellationToken cancellationToken) => Task.CompletedTask;
}
