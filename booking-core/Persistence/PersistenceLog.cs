using Microsoft.Extensions.Logging;

namespace Termine.Booking.Persistence;

/// <summary>The database's log events (1100–1199).</summary>
internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Created a new empty database {DatabaseId}")]
    public static partial void DatabaseCreated(this ILogger logger, Guid databaseId);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Error,
        Message = "SQLite ended the write transaction; {Units} units of work in it were not saved")]
    public static partial void SqliteTransactionLost(this ILogger logger, int units, Exception exception);
}
