using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Termine.Booking.Persistence;

namespace Termine.LoadTest;

/// <summary>
/// The disk's limit for the run's figures: single-row INSERTs, each in its own committed transaction, into a SQLite file
/// of its own in the run's folder (the disk the load database is on), WAL and <c>synchronous=FULL</c> as the host's
/// database has them, with the connection string the core builds. The same measurement as RawInsertCommit in
/// tests/Termine.Benchmarks (RawCommits), here for a fixed time while the hosts are idle.
/// </summary>
/// <param name="When">Where in the run it was measured (the disk's rate moves with what else the machine writes).</param>
/// <param name="Settings">The pragmas read back from the file, so the report says what a commit cost.</param>
public sealed record RawCommitRate(string When, long Commits, TimeSpan Elapsed, string Settings)
{
    public double PerSecond => Commits / Elapsed.TotalSeconds;

    public static RawCommitRate Measure(string folder, TimeSpan duration, string when)
    {
        var file = Path.Combine(folder, $"raw-commits-{Guid.NewGuid():N}.db");
        using var connection = new SqliteConnection(PersistenceServiceCollectionExtensions.SqliteConnectionString($"Data Source={file}"));
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, "PRAGMA synchronous=FULL;");
        Execute(connection, """
            CREATE TABLE "RawCommits" (
                "Id" INTEGER NOT NULL CONSTRAINT "PK_RawCommits" PRIMARY KEY AUTOINCREMENT,
                "Reference" TEXT NOT NULL,
                "Payload" TEXT NOT NULL,
                "CreatedAt" INTEGER NOT NULL);
            """);
        using var insert = connection.CreateCommand();
        insert.CommandText = """INSERT INTO "RawCommits" ("Reference", "Payload", "CreatedAt") VALUES ($reference, $payload, $createdAt);""";
        insert.Parameters.Add("$reference", SqliteType.Text);
        insert.Parameters.Add("$payload", SqliteType.Text);
        insert.Parameters.Add("$createdAt", SqliteType.Integer);
        insert.Prepare();
        var settings = string.Create(CultureInfo.InvariantCulture,
            $"journal_mode={Scalar(connection, "PRAGMA journal_mode;")}, synchronous={Scalar(connection, "PRAGMA synchronous;")} (2 = FULL), "
            + $"page_size={Scalar(connection, "PRAGMA page_size;")}, SQLite {Scalar(connection, "SELECT sqlite_version();")}");

        long commits = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            commits++;
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            insert.Parameters[0].Value = string.Create(CultureInfo.InvariantCulture, $"RAW{commits:D6}");
            insert.Parameters[1].Value = "Amina Haddad;amina.haddad@example.org;+49 2181 12345;de;api";
            insert.Parameters[2].Value = commits;
            insert.ExecuteNonQuery();
            transaction.Commit();
        }

        var elapsed = clock.Elapsed;
        SqliteConnection.ClearPool(connection);
        return new RawCommitRate(when, commits, elapsed, settings);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "?";
    }
}
