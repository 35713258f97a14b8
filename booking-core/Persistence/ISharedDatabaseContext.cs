using Microsoft.EntityFrameworkCore;

namespace Termine.Booking.Persistence;

/// <summary>
/// A context besides the booking context with its own migrations and history table in the same database (the bot's);
/// registered by AddSharedDatabaseContext and migrated by <see cref="DatabaseMigrator"/>.
/// </summary>
public interface ISharedDatabaseContext
{
    Task<DbContext> CreateAsync(CancellationToken cancellationToken);
}
