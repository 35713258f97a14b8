using Microsoft.EntityFrameworkCore;

namespace Termine.Booking.Persistence;

/// <summary>Creates and migrates the database at start, so a fresh checkout runs without set-up.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<BookingDbContext> contexts)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while a booking commits; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken);
    }
}
