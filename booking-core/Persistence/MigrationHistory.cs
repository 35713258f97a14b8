using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Termine.Booking.Persistence;

/// <summary>
/// A context's migrations history, read once at start: one look for the history table and one query of it, compared
/// with the migrations compiled in. EF Core's own pair (applied, then pending) reads the table twice; on an up-to-date
/// database that is all a start has to do.
/// </summary>
public sealed class MigrationHistory
{
    private MigrationHistory(IReadOnlyCollection<string> applied, IReadOnlyCollection<string> pending) => (Applied, Pending) = (applied, pending);

    /// <summary>The migrations the history table lists; empty when there is no such table yet.</summary>
    public IReadOnlyCollection<string> Applied { get; }

    /// <summary>The migrations compiled in that the history does not list, in order.</summary>
    public IReadOnlyCollection<string> Pending { get; }

    public static async Task<MigrationHistory> ReadAsync(DbContext db, CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(cancellationToken)
            ? (await history.GetAppliedMigrationsAsync(cancellationToken)).Select(row => row.MigrationId).ToHashSet(StringComparer.Ordinal)
            : [];
        return new MigrationHistory(applied, db.Database.GetMigrations().Where(id => !applied.Contains(id)).ToList());
    }
}
