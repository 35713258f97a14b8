namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// One host (SQLite): wakes the streams in this process. Streams on other hosts sharing the database still find new
/// activities at their next keep-alive.
/// </summary>
public sealed class LocalActivityNotifier(ActivitySignals signals) : IActivityNotifier
{
    public Task NotifyAsync(string conversationId, CancellationToken cancellationToken)
    {
        signals.Signal(conversationId);
        return Task.CompletedTask;
    }
}
