using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Termine.Booking.Persistence.Writes;

namespace Termine.Bot.State;

/// <summary>
/// Transcripts in the database: each activity as the SDK serializes it, under its channel, conversation and UTC
/// time. Pages of 20 as in the SDK's stores; a continuation token is the row id of the last item of the previous
/// page. An update or delete of a message rewrites the logged message as the SDK's MemoryTranscriptStore does.
/// Each new activity updates its conversation's summary in the same save, so the staff's list never misses one.
/// Within a turn the activities wait for the turn's one commit (<see cref="TurnWrites"/>); outside one each is its own
/// unit of work.
/// </summary>
public sealed class EfTranscriptStore(
    IDbContextFactory<BotDbContext> contexts, DatabaseWrites<BotDbContext> database, ConversationSummaries summaries, TimeProvider time)
    : ITranscriptStore
{
    private const int PageSize = 20;
    private const int MaxAttempts = 3;

    // As the SDK's middleware and blob transcript store write activities.
    private static readonly JsonSerializerSettings JsonSettings = new() { NullValueHandling = NullValueHandling.Ignore };

    private readonly Lock _gate = new();
    private Task _lastWrite = Task.CompletedTask;

    public Task LogActivityAsync(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            throw new ArgumentException("An activity needs its channel and conversation to be logged.", nameof(activity));
        }

        // Taken now: the caller may change the activity once this returns, before the write runs.
        var entry = new TranscriptActivity
        {
            ChannelId = activity.ChannelId,
            ConversationId = activity.Conversation.Id,
            ActivityId = activity.Id,
            Timestamp = (activity.Timestamp ?? time.GetUtcNow()).ToUniversalTime(),
            Json = JsonConvert.SerializeObject(activity, JsonSettings),
        };
        var locale = (activity as Activity)?.Locale;
        var fromBot = ActivitySpeaker.IsBot(activity);
        if (TurnWrites.Current is { } turn)
        {
            turn.Add(keptWhenTurnFails: false, activity.Type switch
            {
                ActivityTypes.MessageUpdate => (db, ct) => RewriteInAsync(db, Renamed(entry, turn), Updated, ct),
                ActivityTypes.MessageDelete => (db, ct) => RewriteInAsync(db, Renamed(entry, turn), Tombstone, ct),
                _ => (db, ct) => InsertInAsync(db, Renamed(entry, turn), locale, fromBot, ct),
            });
            return Task.CompletedTask;
        }

        return activity.Type switch
        {
            ActivityTypes.MessageUpdate => Enqueue(() => database.RunAsync((db, ct) => RewriteInAsync(db, entry, Updated, ct), CancellationToken.None)),
            ActivityTypes.MessageDelete => Enqueue(() => database.RunAsync((db, ct) => RewriteInAsync(db, entry, Tombstone, ct), CancellationToken.None)),
            _ => Enqueue(() => InsertAsync(entry, locale, fromBot)),
        };
    }

    public async Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(
        string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        await using var db = await contexts.CreateDbContextAsync();
        var activities = db.TranscriptActivities.AsNoTracking()
            .Where(a => a.ChannelId == channelId && a.ConversationId == conversationId);
        if (startDate != default)
        {
            var start = startDate.ToUniversalTime();
            activities = activities.Where(a => a.Timestamp >= start);
        }

        if (continuationToken is not null)
        {
            var after = ParseToken(continuationToken);
            var anchor = await activities.Where(a => a.Id == after).Select(a => (DateTimeOffset?)a.Timestamp).FirstOrDefaultAsync();
            if (anchor is not { } at)
            {
                // The transcript was deleted between the pages.
                return new PagedResult<IActivity> { Items = [] };
            }

            activities = activities.Where(a => a.Timestamp > at || (a.Timestamp == at && a.Id > after));
        }

        var page = await activities.OrderBy(a => a.Timestamp).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Json })
            .Take(PageSize)
            .ToListAsync();
        return new PagedResult<IActivity>
        {
            Items = page.Select(a => (IActivity)ToActivity(a.Json)).ToArray(),
            ContinuationToken = page.Count == PageSize ? page[^1].Id.ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    /// <summary>The conversations of a channel in the order they began; a continuation token is a conversation id.</summary>
    public async Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        await using var db = await contexts.CreateDbContextAsync();
        var channel = db.TranscriptActivities.AsNoTracking().Where(a => a.ChannelId == channelId);
        var transcripts = channel
            .GroupBy(a => a.ConversationId)
            .Select(g => new { Id = g.Key, Created = g.Min(a => a.Timestamp) });
        if (continuationToken is not null)
        {
            var anchor = await channel.Where(a => a.ConversationId == continuationToken)
                .OrderBy(a => a.Timestamp)
                .Select(a => (DateTimeOffset?)a.Timestamp)
                .FirstOrDefaultAsync();
            if (anchor is not { } created)
            {
                return new PagedResult<TranscriptInfo> { Items = [] };
            }

            transcripts = transcripts.Where(t =>
                t.Created > created || (t.Created == created && string.Compare(t.Id, continuationToken) > 0));
        }

        var page = await transcripts.OrderBy(t => t.Created).ThenBy(t => t.Id).Take(PageSize).ToListAsync();
        return new PagedResult<TranscriptInfo>
        {
            Items = page.Select(t => new TranscriptInfo { ChannelId = channelId, Id = t.Id, Created = t.Created }).ToArray(),
            ContinuationToken = page.Count == PageSize ? page[^1].Id : null,
        };
    }

    public Task DeleteTranscriptAsync(string channelId, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        return Enqueue(() => database.RunAsync(
            (db, ct) => db.TranscriptActivities
                .Where(a => a.ChannelId == channelId && a.ConversationId == conversationId)
                .ExecuteDeleteAsync(ct),
            CancellationToken.None));
    }

    /// <summary>
    /// The SDK's middleware starts all of a turn's writes at once without waiting for any. One after the other, an
    /// update or delete finds the message it refers to, as in the SDK's in-memory store.
    /// </summary>
    private Task Enqueue(Func<Task> write)
    {
        lock (_gate)
        {
            _lastWrite = RunAfterAsync(_lastWrite, write);
            return _lastWrite;
        }
    }

    private static async Task RunAfterAsync(Task previous, Func<Task> write)
    {
        // A failed write was reported to its own caller; the next one still runs.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await write();
    }

    private async Task InsertAsync(TranscriptActivity entry, string? locale, bool fromBot)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.RunAsync(
                    async (db, ct) =>
                    {
                        await InsertInAsync(db, entry, locale, fromBot, ct);
                        await db.SaveChangesAsync(ct);
                    },
                    CancellationToken.None);
                return;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt < MaxAttempts)
            {
                // Another host created the conversation's summary in the same moment: count on its row.
            }
        }
    }

    private async Task InsertInAsync(BotDbContext db, TranscriptActivity entry, string? locale, bool fromBot, CancellationToken cancellationToken)
    {
        db.TranscriptActivities.Add(new TranscriptActivity
        {
            ChannelId = entry.ChannelId,
            ConversationId = entry.ConversationId,
            ActivityId = entry.ActivityId,
            Timestamp = entry.Timestamp,
            Json = entry.Json,
        });
        await summaries.TouchAsync(db, entry.ChannelId, entry.ConversationId, locale, fromBot, cancellationToken);
    }

    /// <summary>Replaces the logged message the update or delete refers to; one that was never logged is ignored.</summary>
    private static async Task RewriteInAsync(
        BotDbContext db, TranscriptActivity change, Func<Activity, Activity, Activity> rewrite, CancellationToken cancellationToken)
    {
        if (change.ActivityId is null)
        {
            return;
        }

        // What the turn logged before it must be in the table to be found.
        await db.SaveChangesAsync(cancellationToken);
        var logged = await db.TranscriptActivities
            .Where(a => a.ChannelId == change.ChannelId && a.ConversationId == change.ConversationId && a.ActivityId == change.ActivityId)
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (logged is null)
        {
            return;
        }

        logged.Json = JsonConvert.SerializeObject(rewrite(ToActivity(logged.Json), ToActivity(change.Json)), JsonSettings);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The entry with the ids the channel stored, when it had to renumber the turn's activities.</summary>
    private static TranscriptActivity Renamed(TranscriptActivity entry, TurnWrites turn)
    {
        var renamed = turn.RenamedActivityIds;
        if (renamed.Count == 0)
        {
            return entry;
        }

        var json = JObject.Parse(entry.Json);
        foreach (var property in new[] { "id", "replyToId" })
        {
            if (json.Value<string>(property) is { } id && renamed.TryGetValue(id, out var stored))
            {
                json[property] = stored;
            }
        }

        return new TranscriptActivity
        {
            ChannelId = entry.ChannelId,
            ConversationId = entry.ConversationId,
            ActivityId = entry.ActivityId is { } own && renamed.TryGetValue(own, out var storedId) ? storedId : entry.ActivityId,
            Timestamp = entry.Timestamp,
            Json = json.ToString(Formatting.None),
        };
    }

    /// <summary>The new content in the original's place and time.</summary>
    private static Activity Updated(Activity original, Activity update)
    {
        update.Type = original.Type;
        update.LocalTimestamp = original.LocalTimestamp;
        update.Timestamp = original.Timestamp;
        return update;
    }

    /// <summary>What the SDK keeps of a deleted message: where and when it was, none of what it said.</summary>
    private static Activity Tombstone(Activity original, Activity _) => new()
    {
        Type = ActivityTypes.MessageDelete,
        Id = original.Id,
        From = new ChannelAccount(id: "deleted", role: original.From?.Role),
        Recipient = new ChannelAccount(id: "deleted", role: original.Recipient?.Role),
        Locale = original.Locale,
        LocalTimestamp = original.Timestamp,
        Timestamp = original.Timestamp,
        ChannelId = original.ChannelId,
        Conversation = original.Conversation,
        ServiceUrl = original.ServiceUrl,
        ReplyToId = original.ReplyToId,
    };

    private static Activity ToActivity(string json) =>
        JsonConvert.DeserializeObject<Activity>(json, JsonSettings)
        ?? throw new InvalidOperationException("A transcript row holds no activity.");

    private static long ParseToken(string continuationToken) =>
        long.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException("Not a continuation token of this store.", nameof(continuationToken));
}
