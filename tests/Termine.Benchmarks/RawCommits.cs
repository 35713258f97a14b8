using Microsoft.Data.Sqlite;
using Termine.Booking.Persistence;

namespace Termine.Benchmarks;

/// <summary>
/// The physical limit: a table of its own in a file of its own, with the connection string the core builds
/// (pooling, timeout) and the journal mode the migrator sets (WAL); one single-row INSERT per transaction.
/// </summary>
public sealed class RawCommits : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;
    private long _count;

    public RawCommits(string file)
    {
        _connection = new SqliteConnection(PersistenceServiceCollectionExtensions.SqliteConnectionString($"Data Source={file}"));
        _connection.Open();
        Execute(_connection, "PRAGMA journal_mode=WAL;");
        Execute(_connection, """
            CREATE TABLE IF NOT EXISTS "RawCommits" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_RawCommits" PRIMARY KEY AUTOINCREMENT,
                "Reference" TEXT NOT NULL,
                "Payload" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL);
            """);
        _insert = _connection.CreateCommand();
        _insert.CommandText = """INSERT INTO "RawCommits" ("Reference", "Payload", "CreatedAt") VALUES ($reference, $payload, $createdAt);""";
        _insert.Parameters.Add("$reference", SqliteType.Text);
        _insert.Parameters.Add("$payload", SqliteType.Text);
        _insert.Parameters.Add("$createdAt", SqliteType.Integer);
        _insert.Prepare();
    }

    public SqliteConnection Connection => _connection;

    /// <summary>One row, one transaction, one commit.</summary>
    public long InsertAndCommit()
    {
        var n = ++_count;
        using var transaction = _connection.BeginTransaction();
        _insert.Transaction = transaction;
        _insert.Parameters[0].Value = $"RAW{n:D6}";
        _insert.Parameters[1].Value = "Amina Haddad;amina.haddad@example.org;+49 2181 12345;de;api";
        _insert.Parameters[2].Value = BenchmarkCore.Now.UtcTicks + n;
        _insert.ExecuteNonQuery();
        transaction.Commit();
        return n;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _connection.Dispose();
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "?";
    }

    /// <summary>The settings that decide what a commit costs.</summary>
    public static string Pragmas(SqliteConnection connection) =>
        $"journal_mode={Scalar(connection, "PRAGMA journal_mode;")}, synchronous={Scalar(connection, "PRAGMA synchronous;")} "
        + $"(0 off, 1 normal, 2 full), wal_autocheckpoint={Scalar(connection, "PRAGMA wal_autocheckpoint;")} pages, "
        + $"page_size={Scalar(connection, "PRAGMA page_size;")}, SQLite {Scalar(connection, "SELECT sqlite_version();")}";

    /// <summary>
    /// Frames (pages) written to the WAL by an action: checkpoints and truncates the WAL first, so that the count of
    /// frames afterwards is the action's own (as long as it stays below the auto-checkpoint of 1000 pages).
    /// </summary>
    public static async Task<int> WalFramesAsync(string file, Func<Task> action)
    {
        using var connection = new SqliteConnection(PersistenceServiceCollectionExtensions.SqliteConnectionString($"Data Source={file}"));
        connection.Open();
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        await action();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetInt32(1);
    }
}
