namespace Termine.Booking.Persistence.Identity;

/// <summary>
/// Remembers which database Termine opened at start (its id, and for SQLite the file at the configured path) and
/// tells, cheaply, whether it is still the one there. Unarmed until start-up has created or found the database.
/// </summary>
public sealed class DatabaseGuard
{
    private volatile Opened? _opened;

    /// <summary>The id of the database opened at start; empty before start-up armed the guard.</summary>
    public Guid DatabaseId => _opened?.DatabaseId ?? Guid.Empty;

    public void Arm(Guid databaseId, string? sqlitePath)
    {
        _opened = new Opened(databaseId, sqlitePath, sqlitePath is null ? null : FileIdentity.Of(sqlitePath));
    }

    /// <summary>Null while the file Termine opened is still at its path (or there is no file to watch).</summary>
    public DatabaseUnavailableReason? CheckFile()
    {
        if (_opened is not { SqlitePath: { } path, File: var opened })
        {
            return null;
        }

        var now = FileIdentity.Of(path);
        return now is null ? DatabaseUnavailableReason.FileMissing
            : now != opened ? DatabaseUnavailableReason.FileReplaced
            : null;
    }

    /// <summary>Before a connection is used: one <c>statx</c> for SQLite, nothing for PostgreSQL.</summary>
    public void ThrowIfFileLost()
    {
        if (CheckFile() is { } reason)
        {
            throw new DatabaseUnavailableException(reason);
        }
    }

    private sealed record Opened(Guid DatabaseId, string? SqlitePath, FileIdentity? File);
}
