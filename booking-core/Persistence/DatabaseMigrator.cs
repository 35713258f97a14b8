using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Termine.Booking.Persistence.Identity;
using Termine.Booking.Persistence.Writes;

namespace Termine.Booking.Persistence;

/// <summary>
/// Creates and migrates the database at start, so a fresh checkout runs without set-up; but never creates a new
/// empty one silently where Termine's data was before. Remembers the database's id (and, for SQLite, its file) in
/// <see cref="DatabaseGuard"/>, so a database lost while running stops every write instead of losing it. Then migrates
/// every <see cref="ISharedDatabaseContext"/> (the bot's tables), each against its own history table.
/// </summary>
public sealed class DatabaseMigrator(
    IDbContextFactory<BookingDbContext> contexts,
    IOptions<DatabaseOptions> options,
    DatabaseGuard guard,
    IEnumerable<ISharedDatabaseContext> sharedContexts,
    TimeProvider time,
    ILogger<DatabaseMigrator> logger,
    IHostEnvironment? environment = null)
{
    /// <exception cref="OptionsValidationException">When the start would create a new database where it must not.</exception>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var writable = ReadOnlyContexts.AllowWrites(db);
        var sqlitePath = SqliteFile(db);
        var marker = sqlitePath is null ? null : DatabaseMarker.Read(sqlitePath);
        var exists = await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken);
        var history = exists ? await MigrationHistory.ReadAsync(db, cancellationToken) : null;
        // Termine's database is one with a migrations history; an existing file without one is as good as missing.
        var fresh = history is null || history.Applied.Count == 0;
        if (fresh)
        {
            RefuseUnlessCreationAllowed(db, sqlitePath, marker);
        }

        // Only when there is something to apply: migrating takes a lock by writing, which a database that is
        // read-only for the moment would refuse, and such a start should reach readiness and report it instead.
        var pending = fresh || history!.Pending.Count > 0;
        if (pending)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (pending && db.Database.IsSqlite())
        {
            // WAL lets readers go on while a booking commits; the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var databaseId = await IdentifyAsync(db, cancellationToken);
        if (sqlitePath is not null && marker != databaseId)
        {
            if (marker is { } expected && !fresh)
            {
                throw Refusal($"the database {sqlitePath} is {databaseId}, but {DatabaseMarker.PathFor(sqlitePath)} says Termine's database {expected} was here: "
                    + "another database was put in its place. Put the right one back, or delete the marker to keep this one.");
            }

            DatabaseMarker.Write(sqlitePath, databaseId);
        }

        if (fresh)
        {
            logger.DatabaseCreated(databaseId);
        }

        guard.Arm(databaseId, sqlitePath);
        foreach (var shared in sharedContexts)
        {
            await MigrateSharedAsync(shared, cancellationToken);
        }
    }

    /// <summary>A further context's tables, in the database the booking context has created (and, on SQLite, switched to WAL).</summary>
    private static async Task MigrateSharedAsync(ISharedDatabaseContext shared, CancellationToken cancellationToken)
    {
        await using var db = await shared.CreateAsync(cancellationToken);
        using var writable = ReadOnlyContexts.AllowWrites(db);
        // As for the booking context: migrating writes a lock, so a database read-only for the moment is left alone.
        if ((await MigrationHistory.ReadAsync(db, cancellationToken)).Pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    private void RefuseUnlessCreationAllowed(BookingDbContext db, string? sqlitePath, Guid? marker)
    {
        if (options.Value.CreateIfMissing)
        {
            return;
        }

        if (sqlitePath is not null && marker is { } existed)
        {
            throw Refusal($"the database {sqlitePath} is missing or empty, but {DatabaseMarker.PathFor(sqlitePath)} says Termine's database {existed} was here. "
                + "Restore it from the backup, or set Termine:Database:CreateIfMissing=true to start with a new empty database.");
        }

        if (environment?.IsProduction() == true)
        {
            throw Refusal($"there is no Termine database at {Where(db, sqlitePath)}, and in Production Termine does not create one unasked. "
                + "Check ConnectionStrings:Termine, or set Termine:Database:CreateIfMissing=true for the first start.");
        }
    }

    /// <summary>The id in the database, made now when the database has none (created just now, or older than the id).</summary>
    private async Task<Guid> IdentifyAsync(BookingDbContext db, CancellationToken cancellationToken)
    {
        if (await db.DatabaseIdentity.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } known)
        {
            return known.DatabaseId;
        }

        var now = time.GetUtcNow();
        db.DatabaseIdentity.Add(new DatabaseIdentity { DatabaseId = Guid.NewGuid(), CreatedAt = now, CheckedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another host starting at the same moment named it first.
            db.ChangeTracker.Clear();
        }

        return (await db.DatabaseIdentity.AsNoTracking().SingleAsync(cancellationToken)).DatabaseId;
    }

    /// <summary>The SQLite database's full path, or null for PostgreSQL and an in-memory database.</summary>
    private static string? SqliteFile(BookingDbContext db)
    {
        if (!db.Database.IsSqlite())
        {
            return null;
        }

        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource.StartsWith(':') || builder.DataSource.Length == 0
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>Where the database is, without user name or password.</summary>
    private static string Where(BookingDbContext db, string? sqlitePath)
    {
        if (sqlitePath is not null || db.Database.IsSqlite())
        {
            return sqlitePath ?? "an in-memory SQLite database";
        }

        var postgres = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        return $"PostgreSQL host {postgres.Host}, database {postgres.Database}";
    }

    /// <summary>An options failure, so the start-up error printer shows it as one line naming the key to set.</summary>
    private static OptionsValidationException Refusal(string message) =>
        new(DatabaseOptions.SectionName, typeof(DatabaseOptions), [$"Termine:Database: refusing to start: {message}"]);
}
