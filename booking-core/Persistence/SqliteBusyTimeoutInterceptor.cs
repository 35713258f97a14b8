using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Termine.Booking.Persistence;

/// <summary>
/// Lets SQLite itself wait for another connection's write lock (its busy handler tries again within milliseconds)
/// instead of answering "busy" at once, on the connections of the context factories. In the running host only the
/// write queue writes (<see cref="Writes.SqliteWriteQueue"/>), so these connections meet the lock only when another
/// process writes (the create-admin command, a backup) or at start, when the migrator writes. Microsoft.Data.Sqlite's
/// own retry on "busy" would block the thread for 150 ms per attempt.
/// </summary>
public sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeoutInterceptor Instance = new();

    /// <summary>As long as the commands' own timeout (SqliteConnectionString makes that at least 30 s).</summary>
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    private SqliteBusyTimeoutInterceptor()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
