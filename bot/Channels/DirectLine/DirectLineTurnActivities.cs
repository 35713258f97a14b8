using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// A Direct Line turn's activities: the resident's (the echo) and the bot's replies, stored together in the turn's one
/// commit, so a reader on any host sees all of them at once or none, in order. The echo is numbered before the bot
/// runs (the bot copies its id into replyToId, and the POST answers with it); the turns of a conversation run one at a
/// time, so the numbers hold unless another host stored an activity of the same conversation meanwhile — then the
/// turn's activities move up behind it while they are written.
/// </summary>
public sealed class DirectLineTurnActivities : IChannelTurnWrites
{
    private readonly DirectLineActivityStore _store;
    private readonly string _conversationId;
    private readonly Activity _turnActivity;
    private readonly List<JObject> _activities;
    private List<string> _turnIds = [];
    private long _first;
    private bool _begun;
    private bool _writing;

    internal DirectLineTurnActivities(DirectLineActivityStore store, string conversationId, JObject activity, Activity turnActivity)
    {
        _store = store;
        _conversationId = conversationId;
        _turnActivity = turnActivity;
        _activities = [activity];
    }

    /// <summary>The id the resident's activity was stored under.</summary>
    public string ActivityId => _activities[0].Value<string>("id")!;

    /// <summary>Whether replies are still collected for the commit; otherwise they are stored at once.</summary>
    public bool Collecting => _begun && !_writing;

    public bool HasWrites => _begun;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        _first = await _store.NextSequenceAsync(_conversationId, cancellationToken);
        var echo = _activities[0];
        _store.Stamp(echo, _conversationId, _first);
        _turnActivity.Id = ActivityId;
        _turnActivity.Timestamp = DateTimeOffset.Parse(echo.Value<string>("timestamp")!, CultureInfo.InvariantCulture);
        _turnIds = [ActivityId];
        _begun = true;
    }

    /// <summary>Numbers a reply after the turn's activities so far and keeps it for the commit; returns its id.</summary>
    public string Add(JObject reply)
    {
        _store.Stamp(reply, _conversationId, _first + _activities.Count);
        _activities.Add(reply);
        _turnIds.Add(reply.Value<string>("id")!);
        return reply.Value<string>("id")!;
    }

    public async Task WriteAsync(BotDbContext db, TurnWrites turn, CancellationToken cancellationToken)
    {
        _writing = true;
        var first = await DirectLineActivityStore.NextSequenceAsync(db, _conversationId, cancellationToken);
        if (first != _first)
        {
            Renumber(first, turn);
        }

        await _store.StoreInAsync(db, _conversationId, _activities, _first, cancellationToken);
    }

    public void Committed() => _store.Signal(_conversationId);

    public void TurnFailed()
    {
        _activities.RemoveRange(1, _activities.Count - 1);
        _turnIds.RemoveRange(1, _turnIds.Count - 1);
        _writing = false;
    }

    /// <summary>Moves the turn's activities to start at <paramref name="first"/>, their replyToIds with them.</summary>
    private void Renumber(long first, TurnWrites turn)
    {
        var current = _activities.Select(a => a.Value<string>("id")!).ToList();
        var moved = new Dictionary<string, string>();
        for (var i = 0; i < _activities.Count; i++)
        {
            moved[current[i]] = DirectLineIds.ActivityId(_conversationId, first + i);
        }

        foreach (var activity in _activities)
        {
            activity["id"] = moved[activity.Value<string>("id")!];
            if (activity.Value<string>("replyToId") is { } replyTo && moved.TryGetValue(replyTo, out var newReplyTo))
            {
                activity["replyToId"] = newReplyTo;
            }
        }

        _first = first;
        turn.RenamedActivityIds = _turnIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => DirectLineIds.ActivityId(_conversationId, first + p.i));
    }
}
