using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Termine.Booking.Appointments;

namespace Termine.LoadTest;

/// <summary>
/// The run's own database: a fresh SQLite file in a temporary folder, or a fresh database on the given PostgreSQL
/// server (dropped afterwards). The hosts create the schema; this class only reads it once the run is over.
/// </summary>
public sealed class LoadDatabase : IAsyncDisposable
{
    /// <summary>The states in which an appointment occupies its desk for good (a hold is not a booking).</summary>
    private static readonly AppointmentStatus[] Occupying =
        [AppointmentStatus.Booked, AppointmentStatus.Arrived, AppointmentStatus.Called, AppointmentStatus.Done, AppointmentStatus.NoShow];

    private readonly string? _postgresServer;
    private readonly string? _postgresDatabase;

    private LoadDatabase(string provider, string connectionString, string folder, string? postgresServer = null, string? postgresDatabase = null)
    {
        (Provider, ConnectionString, Folder, _postgresServer, _postgresDatabase) = (provider, connectionString, folder, postgresServer, postgresDatabase);
    }

    /// <summary><c>Sqlite</c> or <c>Postgres</c>, as <c>Termine:Database:Provider</c> names them.</summary>
    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The run's temporary folder (the SQLite file, the hosts' mail pickup folders).</summary>
    public string Folder { get; }

    public static async Task<LoadDatabase> CreateAsync(string? postgresServer, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"termine-load-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (postgresServer is null)
        {
            return new LoadDatabase("Sqlite", $"Data Source={Path.Combine(folder, "termine.db")}", folder);
        }

        var name = $"termine_load_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(postgresServer))
        {
            await server.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var connectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = name }.ConnectionString;
        return new LoadDatabase("Postgres", connectionString, folder, postgresServer, name);
    }

    /// <summary>
    /// Pairs of appointments that both occupy the same desk of the same team at overlapping times. The unique index on
    /// SlotClaims (Team, Desk, UnitStart) is meant to make this impossible; this looks at the appointments themselves,
    /// so a claim that went missing or was wrongly reclaimed would show here too. The same SQL serves both databases:
    /// SQLite keeps instants as UTC ticks, PostgreSQL as timestamptz, and both order them as time.
    /// </summary>
    public async Task<long> CountDoubleBookingsAsync(CancellationToken cancellationToken)
    {
        var statuses = string.Join(", ", Occupying.Select(s => ((int)s).ToString(CultureInfo.InvariantCulture)));
        return await ScalarAsync($"""
            SELECT COUNT(*) FROM "Appointments" a
            JOIN "Appointments" b ON b."Team" = a."Team" AND b."Desk" = a."Desk" AND a."Id" < b."Id"
                AND a."Start" < b."End" AND b."Start" < a."End"
            WHERE a."Status" IN ({statuses}) AND b."Status" IN ({statuses})
            """, cancellationToken);
    }

    /// <summary>Booked appointments with one of the given references: each conversation's booking, as the database has it.</summary>
    public async Task<long> CountBookedAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken)
    {
        if (references.Count == 0)
        {
            return 0;
        }

        // References come from the bot's replies, matched against their alphabet: nothing in them needs escaping.
        var list = string.Join(", ", references.Select(r => $"'{r}'"));
        return await ScalarAsync(
            $"""SELECT COUNT(*) FROM "Appointments" WHERE "Status" = {(int)AppointmentStatus.Booked} AND "Reference" IN ({list})""",
            cancellationToken);
    }

    /// <summary>
    /// Booked appointments per desk team with their first and last day: how far the run's bookings reached into the
    /// calendar, to see whether the residents still found slots near their wishes or were pushed towards the horizon.
    /// </summary>
    public async Task<IReadOnlyList<TeamBookings>> BookingsByTeamAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT "Team", COUNT(*), MIN("Start"), MAX("Start") FROM "Appointments"
            WHERE "Status" = {(int)AppointmentStatus.Booked} GROUP BY "Team" ORDER BY "Team"
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var teams = new List<TeamBookings>();
        while (await reader.ReadAsync(cancellationToken))
        {
            teams.Add(new TeamBookings(reader.GetString(0), reader.GetInt64(1), Day(reader.GetValue(2)), Day(reader.GetValue(3))));
        }

        return teams;
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresServer is not null)
        {
            await using var server = new NpgsqlConnection(_postgresServer);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(Folder, recursive: true);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private DbConnection Open() => Provider == "Sqlite" ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);

    /// <summary>The UTC day of an instant as the database returns it: UTC ticks from SQLite, a timestamp from PostgreSQL.</summary>
    private static DateOnly Day(object value) => DateOnly.FromDateTime(value switch
    {
        long ticks => new DateTime(ticks, DateTimeKind.Utc),
        DateTimeOffset instant => instant.UtcDateTime,
        DateTime instant => instant.ToUniversalTime(),
        _ => throw new InvalidOperationException($"An instant the load tool cannot read: {value.GetType()}"),
    });
}

