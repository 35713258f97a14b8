using System.Collections.Concurrent;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// The open streams of this process, one per conversation: Direct Line allows one WebSocket per conversation, so a
/// new one supersedes the old (which is closed with "collision"). A signal only says "look again"; the activities
/// come from the database.
/// </summary>
public sealed class ActivitySignals
{
    private readonly ConcurrentDictionary<string, ActivitySubscription> _streams = new();

    public ActivitySubscription Subscribe(string conversationId)
    {
        var subscription = new ActivitySubscription(this, conversationId);
        _streams.AddOrUpdate(conversationId, subscription, (_, older) =>
        {
            older.Supersede();
            return subscription;
        });
        return subscription;
    }

    public void Signal(string conversationId)
    {
        if (_streams.TryGetValue(conversationId, out var subscription))
        {
            subscription.Pulse();
        }
    }

    /// <summary>After notices may have been lost (the listener's connection dropped): every stream looks again.</summary>
    public void SignalAll()
    {
        foreach (var subscription in _streams.Values)
        {
            subscription.Pulse();
        }
    }

    internal void Remove(ActivitySubscription subscription) =>
        _streams.TryRemove(new KeyValuePair<string, ActivitySubscription>(subscription.ConversationId, subscription));
}
