namespace Termine.Booking.Persistence.Identity;

/// <summary>Why the database Termine opened cannot take a write.</summary>
public enum DatabaseUnavailableReason
{
    /// <summary>The SQLite file at the configured path was deleted or moved away.</summary>
    FileMissing,

    /// <summary>Another file is at the configured path than the one opened at start.</summary>
    FileReplaced,

    /// <summary>The database answers but holds another database id than the one opened at start.</summary>
    OtherDatabase,

    /// <summary>The database refuses writes (a read-only SQLite file or connection, PostgreSQL in read-only mode).</summary>
    ReadOnly,
}
