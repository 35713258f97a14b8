using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Termine.Bot.State;

/// <summary>
/// Bot state in the database, so any host can take any turn and a restart loses no conversation. Behaves as the
/// SDK's own storages: items keep their type names, so ConversationState and UserState read back what they wrote;
/// an item's eTag ("*", null or empty: write regardless) is checked on write and a stale one throws. The check is
/// the database's (an update conditional on the eTag), so two hosts writing the same item cannot both win.
/// </summary>
public sealed class EfStorage(IDbContextFactory<BotDbContext> contexts, TimeProvider time) : IStorage
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
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                foreach (var write in writes)
                {
                    await WriteOneAsync(db, write, now, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException ex) when (db.IsUniqueViolation(ex) && attempt < MaxAttempts)
            {
                // Another host created the same new key between our update and our insert: run again, as an update.
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }

        // Only now are the new eTags true; the caller can write the same object again without reading it first.
        foreach (var (change, write) in changes.Zip(writes))
        {
            SetETag(change.Value, write.NewETag);
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var columns = keys.Select(StorageKeys.ToColumn).Distinct().ToList();
        if (columns.Count == 0)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BotStateItems.Where(i => columns.Contains(i.Key)).ExecuteDeleteAsync(cancellationToken);
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
