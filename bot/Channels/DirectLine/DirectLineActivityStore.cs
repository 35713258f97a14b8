using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Each conversation's activities in the order the channel took them. The next sequence number is the last one stored
/// plus one, taken inside the unit of work that stores it, and the table's key refuses a number twice: of two writers,
/// the loser writes again and takes the next. So a number is only taken once the one before it is stored, and a
/// reader never skips one still being written. A turn's activities are stored together, in the turn's one commit
/// (<see cref="DirectLineTurnActivities"/>); after each commit this host's streams are woken, and the other hosts'
/// through <see cref="IActivityNotifier"/>.
/// </summary>
public sealed class DirectLineActivityStore(
    IDbContextFactory<BotDbContext> contexts, DatabaseWrites<BotDbContext> database, IActivityNotifier notifier, ActivitySignals signals, TimeProvider time)
{
    /// <summary>The most activities a poll or a stream message carries; the watermark leads to the rest.</summary>
    public const int PageSize = 100;

    private const int MaxAttempts = 10;

    /// <summary>
    /// Gives the activity its id ("conversation|0000001") and timestamp (UTC), stores it as it now is in a unit of its
    /// own, and wakes the conversation's streams on every host. Returns the id. For an activity outside a turn.
    /// </summary>
    public async Task<string> AppendAsync(string conversationId, JObject activity, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.RunAsync(
                    async (db, ct) =>
                    {
                        var sequence = await NextSequenceAsync(db, conversationId, ct);
                        Stamp(activity, conversationId, sequence);
                        await StoreInAsync(db, conversationId, [activity], sequence, ct);
                    },
                    cancellationToken);
                break;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt < MaxAttempts)
            {
                // Another host took the number first: take the next.
            }
        }

        signals.Signal(conversationId);
        return activity.Value<string>("id")!;
    }

    /// <summary>The activities of a Direct Line turn, stored together in the turn's one commit.</summary>
    public DirectLineTurnActivities BeginTurn(string conversationId, JObject activity, Activity turnActivity) =>
        new(this, conversationId, activity, turnActivity);

    /// <summary>The number the conversation's next activity will take, if nothing else is stored first.</summary>
    internal async Task<long> NextSequenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await NextSequenceAsync(db, conversationId, cancellationToken);
    }

    internal static async Task<long> NextSequenceAsync(BotDbContext db, string conversationId, CancellationToken cancellationToken) =>
        1 + (await db.DirectLineActivities
            .Where(a => a.ConversationId == conversationId)
            .MaxAsync(a => (long?)a.Sequence, cancellationToken) ?? 0);

    /// <summary>Gives an activity its id and the host's time (UTC).</summary>
    internal void Stamp(JObject activity, string conversationId, long sequence)
    {
        activity["id"] = DirectLineIds.ActivityId(conversationId, sequence);
        activity["timestamp"] = time.GetUtcNow().UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
    }

    /// <summary>Adds stamped activities from <paramref name="first"/> on, and tells the other hosts once they are committed.</summary>
    internal async Task StoreInAsync(BotDbContext db, string conversationId, IReadOnlyList<JObject> activities, long first, CancellationToken cancellationToken)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            db.DirectLineActivities.Add(new DirectLineActivity
            {
                ConversationId = conversationId,
                Sequence = first + i,
                Type = activity.Value<string>("type") ?? "",
                Timestamp = DateTimeOffset.Parse(activity.Value<string>("timestamp")!, CultureInfo.InvariantCulture),
                Json = activity.ToString(Formatting.None),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await notifier.AnnounceAsync(db, conversationId, cancellationToken);
    }

    /// <summary>Wakes this host's streams of the conversation.</summary>
    internal void Signal(string conversationId) => signals.Signal(conversationId);

    /// <summary>
    /// The activities after <paramref name="watermark"/>, at most <see cref="PageSize"/>. A poll leaves out typing,
    /// which Direct Line delivers through the stream only; the watermark still moves past it.
    /// </summary>
    public async Task<ActivityPage> ReadAfterAsync(string conversationId, long watermark, bool forStream, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > watermark)
            .OrderBy(a => a.Sequence)
            .Take(PageSize)
            .Select(a => new { a.Sequence, a.Type, a.Json })
            .ToListAsync(cancellationToken);
        var activities = rows.Where(r => forStream || r.Type != ActivityTypes.Typing).Select(r => r.Json).ToList();
        return new ActivityPage(activities, rows.Count > 0 ? rows[^1].Sequence : watermark);
    }
}
