using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Termine.Booking.Persistence.Writes;

namespace Termine.Bot.State;

/// <summary>
/// Bot state in the database, so any host can take any turn and a restart loses no conversation. Behaves as the
/// SDK's own storages: items keep their type names, so ConversationState and UserState read back what they wrote;
/// an item's eTag ("*", null or empty: write regardless) is checked on write and a stale one throws. The check is
/// the database's (an update conditional on the eTag), so two hosts writing the same item cannot both win. Within a
/// turn, writes and deletes wait for the turn's one commit (<see cref="TurnWrites"/>), so a stale eTag then fails
/// that commit; outside a turn each call is its own unit of work.
/// </summary>
public sealed class EfStorage(IDbContextFactory<BotDbContext> contexts, DatabaseWrites<BotDbContext> database, TimeProvider time) : IStorage
{
    private const int MaxAttempts = 5;

    // As MemoryStorage and BlobsStorage: type names are honoured because the JSON only ever comes from our own writes.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = null,
    });

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(keys.Length);
        var keysByColumn = keys.Distinct().ToDictionary(StorageKeys.ToColumn);
        if (keysByColumn.Count == 0)
        {
            return items;
        }

        var columns = keysByColumn.Keys.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.BotStateItems.AsNoTracking()
            .Where(i => columns.Contains(i.Key))
            .Select(i => new { i.Key, i.Json, i.ETag })
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            // A null written through the SDK's contract is kept, but reads as absent (as in MemoryStorage).
            if (Deserialize(row.Json) is { } item)
            {
                SetETag(item, row.ETag);
                items[keysByColumn[row.Key]] = item;
            }
        }

        return items;
    }

    /// <summary>All changes or none: a conflict on one leaves the others unwritten too.</summary>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        var writes = changes
            .Select(c => new PendingWrite(StorageKeys.ToColumn(c.Key), Serialize(c.Value), ExpectedETag(c.Value), NewETag()))
            .ToList();
        var now = time.GetUtcNow();
        if (TurnWrites.Current is { } turn)
        {
            turn.Add(keptWhenTurnFails: false, (db, ct) => WriteAllAsync(db, writes, now, ct), () => SetETags(changes, writes));
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.RunAsync((db, ct) => WriteAllAsync(db, writes, now, ct), cancellationToken);
                break;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt < MaxAttempts)
            {
                // Another host created the same new key between our update and our insert: run again, as an update.
            }
        }

        SetETags(changes, writes);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var columns = keys.Select(StorageKeys.ToColumn).Distinct().ToList();
        if (columns.Count == 0)
        {
            return;
        }

        if (TurnWrites.Current is { } turn)
        {
            turn.Add(keptWhenTurnFails: false, (db, ct) => DeleteAllAsync(db, columns, ct));
            return;
        }

        await database.RunAsync((db, ct) => DeleteAllAsync(db, columns, ct), cancellationToken);
    }

    private static Task DeleteAllAsync(BotDbContext db, List<string> columns, CancellationToken cancellationToken) =>
        db.BotStateItems.Where(i => columns.Contains(i.Key)).ExecuteDeleteAsync(cancellationToken);

    private static async Task WriteAllAsync(BotDbContext db, List<PendingWrite> writes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var write in writes)
        {
            await WriteOneAsync(db, write, now, cancellationToken);
        }
    }

    /// <summary>Only once committed are the new eTags true; the caller can then write the same object again without reading it first.</summary>
    private static void SetETags(IDictionary<string, object> changes, List<PendingWrite> writes)
    {
        foreach (var (change, write) in changes.Zip(writes))
        {
            SetETag(change.Value, write.NewETag);
        }
    }

    private static async Task WriteOneAsync(BotDbContext db, PendingWrite write, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = db.BotStateItems.Where(i => i.Key == write.Key);
        if (write.ExpectedETag is null)
        {
            var updated = await target.ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Json, write.Json).SetProperty(i => i.ETag, write.NewETag).SetProperty(i => i.UpdatedAt, now),
                cancellationToken);
            if (updated == 0)
            {
                db.BotStateItems.Add(new BotStateItem { Key = write.Key, Json = write.Json, ETag = write.NewETag, UpdatedAt = now });
                await db.SaveChangesAsync(cancellationToken);
            }

            return;
        }

        var matched = await target.Where(i => i.ETag == write.ExpectedETag).ExecuteUpdateAsync(
            s => s.SetProperty(i => i.Json, write.Json).SetProperty(i => i.ETag, write.NewETag).SetProperty(i => i.UpdatedAt, now),
            cancellationToken);
        if (matched == 0)
        {
            // Also when the item is gone: as with the SDK's blob storage, an eTag promises an item that exists, and
            // writing it again would bring back state that someone deleted.
            var current = await target.Select(i => i.ETag).FirstOrDefaultAsync(cancellationToken);
            throw new ArgumentException(
                $"Etag conflict.\r\n\r\nOriginal: {write.ExpectedETag}\r\nCurrent: {current ?? "(deleted)"}");
        }
    }

    /// <summary>The eTag a write is conditional on, or null for one that overwrites whatever is stored.</summary>
    private static string? ExpectedETag(object? value)
    {
        var eTag = value switch
        {
            IStoreItem item => item.ETag,
            JObject json => json.GetValue("eTag", StringComparison.OrdinalIgnoreCase) is JValue { Value: string text } ? text : null,
            _ => null,
        };
        return string.IsNullOrEmpty(eTag) || eTag == "*" ? null : eTag;
    }

    private static void SetETag(object? value, string eTag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = eTag;
                break;
            case JObject json:
                json["eTag"] = eTag;
                break;
        }
    }

    private static string NewETag() => Guid.NewGuid().ToString("N");

    private static string Serialize(object? value)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Serializer.Serialize(writer, value);
        return writer.ToString();
    }

    private static object? Deserialize(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        return Serializer.Deserialize(reader);
    }

    private sealed record PendingWrite(string Key, string Json, string? ExpectedETag, string NewETag);
}
