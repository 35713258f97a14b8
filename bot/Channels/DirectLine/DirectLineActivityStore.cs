using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Each conversation's activities in the order the channel took them. The next sequence number is the last one plus
/// one, and the table's key refuses a number twice: of two writers, the loser reads again and takes the next. So a
/// number is only taken once the one before it is stored, and a reader never skips one still being written.
/// </summary>
public sealed class DirectLineActivityStore(IDbContextFactory<BotDbContext> contexts, IActivityNotifier notifier, TimeProvider time)
{
    /// <summary>The most activities a poll or a stream message carries; the watermark leads to the rest.</summary>
    public const int PageSize = 100;

    private const int MaxAttempts = 10;

    /// <summary>
    /// Gives the activity its id ("conversation|0000001") and timestamp (UTC), stores it as it now is, and wakes the
    /// conversation's streams on every host. Returns the id.
    /// </summary>
    public async Task<string> AppendAsync(string conversationId, JObject activity, CancellationToken cancellationToken)
    {
        var type = activity.Value<string>("type") ?? "";
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var sequence = 1 + (await db.DirectLineActivities
                .Where(a => a.ConversationId == conversationId)
                .MaxAsync(a => (long?)a.Sequence, cancellationToken) ?? 0);
            var now = time.GetUtcNow();
            var id = DirectLineIds.ActivityId(conversationId, sequence);
            activity["id"] = id;
            activity["timestamp"] = now.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            db.DirectLineActivities.Add(new DirectLineActivity
            {
                ConversationId = conversationId,
                Sequence = sequence,
                Type = type,
                Timestamp = now,
                Json = activity.ToString(Formatting.None),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (db.IsUniqueViolation(ex) && attempt < MaxAttempts)
            {
                continue;
            }

            await notifier.NotifyAsync(conversationId, cancellationToken);
            return id;
        }
    }

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
