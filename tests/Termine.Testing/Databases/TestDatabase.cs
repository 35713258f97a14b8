using Npgsql;

namespace Termine.Testing.Databases;

/// <summary>
/// A database of its own for one test class: a SQLite file, or, when the test command runs the suite against
/// PostgreSQL (TERMINE_TEST_DATABASE=Postgres), a fresh database on the server it started.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("TERMINE_TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase);

    private static string PostgresServer =>
        Environment.GetEnvironmentVariable("TERMINE_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres";

    private readonly string _name = $"termine_test_{Guid.NewGuid():N}";

    public string Provider => UsePostgres ? "Postgres" : "Sqlite";

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!UsePostgres)
        {
            ConnectionString = $"Data Source={Path.Combine(Path.GetTempPath(), _name + ".db")}";
            return;
        }

        await using var admin = new NpgsqlConnection(PostgresServer);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {_name}", admin);
        await create.ExecuteNonQueryAsync();
        // The concurrency tests open up to 200 connections at once; on a busy two-core machine the server can take longer
        // than Npgsql's default 15 s to start that many backends.
        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _name, MaxPoolSize = 300, Timeout = 60 }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (!UsePostgres)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".id" })
            {
                File.Delete(Path.Combine(Path.GetTempPath(), _name + ".db" + suffix));
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresServer);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
