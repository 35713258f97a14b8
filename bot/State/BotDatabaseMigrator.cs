using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;

namespace Termine.Bot.State;

/// <summary>
/// Creates the bot's tables at start. Runs after the booking migrator, which creates the database (and, on SQLite,
/// switches it to WAL); both contexts share the one database.
/// </summary>
public sealed class BotDatabaseMigrator(IDbContextFactory<BotDbContext> contexts)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var writable = ReadOnlyContexts.AllowWrites(db);
        // As the booking migrator: migrating writes a lock, so a database read-only for the moment is left alone.
        if ((await MigrationHistory.ReadAsync(db, cancellationToken)).Pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
