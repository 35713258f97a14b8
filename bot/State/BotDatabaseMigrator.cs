using Microsoft.EntityFrameworkCore;

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
        await db.Database.MigrateAsync(cancellationToken);
    }
}
