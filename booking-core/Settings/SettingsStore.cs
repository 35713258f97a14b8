using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;

namespace Termine.Booking.Settings;

/// <summary>
/// The stored settings documents. A save names the version it started from; when another editor saved in between,
/// nothing is written and the caller is told to reload.
/// </summary>
public sealed class SettingsStore(IDbContextFactory<BookingDbContext> contexts, DatabaseWrites<BookingDbContext> writes, TimeProvider time)
{
    public const string CatalogKey = "catalog";
    public const string SchedulingKey = "scheduling";

    public async Task<SettingsDocument?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SettingsDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
    }

    /// <summary>Every stored document's version: the cheap question each host asks every few seconds.</summary>
    public async Task<Dictionary<string, long>> VersionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SettingsDocuments.AsNoTracking().ToDictionaryAsync(d => d.Key, d => d.Version, cancellationToken);
    }

    /// <returns>The new version, or null when the stored version is no longer <paramref name="expectedVersion"/>.</returns>
    public async Task<long?> SaveAsync(
        string key, string json, long expectedVersion, string changedBy, CancellationToken cancellationToken)
    {
        try
        {
            return await writes.RunAsync(
                (db, ct) => SaveAsync(db, key, json, expectedVersion, changedBy, ct), version => version is not null, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another editor saved between our read and our write: the version (or, for the first save, the key)
            // no longer matches, which is the outcome the caller handles, not a failure.
            return null;
        }
    }

    private async Task<long?> SaveAsync(
        BookingDbContext db, string key, string json, long expectedVersion, string changedBy, CancellationToken cancellationToken)
    {
        var document = await db.SettingsDocuments.SingleOrDefaultAsync(d => d.Key == key, cancellationToken);
        if ((document?.Version ?? 0) != expectedVersion)
        {
            return null;
        }

        if (document is null)
        {
            document = new SettingsDocument { Key = key, Json = json, ChangedBy = changedBy };
            db.SettingsDocuments.Add(document);
        }

        document.Json = json;
        document.Version = expectedVersion + 1;
        document.ChangedAt = time.GetUtcNow();
        document.ChangedBy = changedBy.Length > SettingsDocument.MaxChangedByLength ? changedBy[..SettingsDocument.MaxChangedByLength] : changedBy;
        await db.SaveChangesAsync(cancellationToken);
        return document.Version;
    }
}
