using Microsoft.Data.Sqlite;
using Npgsql;

namespace Termine.Booking.Persistence.Identity;

/// <summary>
/// The database Termine opened is gone, replaced or read-only: nothing can be saved. Not a result type, because it
/// can strike any unit of work anywhere (a booking, a chat turn, the outbox); the host turns it into "503, nothing
/// was saved" in one place.
/// </summary>
public sealed class DatabaseUnavailableException(DatabaseUnavailableReason reason)
    : Exception($"The appointment database is not available ({reason}); nothing was saved.")
{
    public DatabaseUnavailableReason Reason { get; } = reason;

    private const int SqliteReadOnly = 8;

    /// <summary>
    /// Why <paramref name="exception"/> (or one it wraps, as EF Core wraps a failed save) says the database cannot
    /// take writes, or null when it says something else.
    /// </summary>
    public static DatabaseUnavailableReason? ReasonOf(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DatabaseUnavailableException unavailable:
                    return unavailable.Reason;
                case SqliteException { SqliteErrorCode: SqliteReadOnly }:
                case PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction }:
                    return DatabaseUnavailableReason.ReadOnly;
            }
        }

        return null;
    }
}
