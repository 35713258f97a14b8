using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Termine.Booking.Notifications;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;

namespace Termine.Bot.Tests.Health;

/// <summary>/health/ready and what the API answers when the database cannot take writes, on both providers.</summary>
public sealed class ReadinessTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task HealthyHost_ReadyListsEachCheck_AndLeavesNoRowBehind()
    {
        await using var host = new TermineFactory(_database);
        using var client = host.CreateClient();

        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(["database", "outbox"], report.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).Order());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task ReadOnlyDatabase_BookingAnswers503Not500_ReadinessIs503()
    {
        string slot;
        await using (var first = new TermineFactory(_database))
        {
            using var writable = first.CreateClient();
            slot = await LostDatabaseTests.FirstFreeSlotAsync(writable, "2026-12-07");
        }

        var settings = await MakeReadOnlyAsync();
        await using var host = new TermineFactory(_database, settings);
        using var client = host.CreateClient();

        var booking = await LostDatabaseTests.PostBookingAsync(client, slot, "readonly@example.org");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, booking.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var database = LostDatabaseTests.Check(await ready.Content.ReadFromJsonAsync<JsonElement>(), "database");
        Assert.Equal("The database is read-only; writes are refused.", database.GetProperty("description").GetString());
    }

    [Fact]
    public async Task OutboxNobodySends_ReadyIs503OnceTheOldestDueMessageIsOlderThanOutboxMaxAge()
    {
        // No outbox worker: the host whose sending has stopped.
        await using var host = new TermineFactory(_database, configureServices: services =>
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxWorker))));
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await LostDatabaseTests.BookAsync(client, "2026-12-07", "stuck@example.org")).StatusCode);

        host.Time.Advance(TimeSpan.FromMinutes(14));
        var young = await client.GetAsync("/health/ready");
        host.Time.Advance(TimeSpan.FromMinutes(2));
        var stuck = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, young.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stuck.StatusCode);
        var outbox = LostDatabaseTests.Check(await stuck.Content.ReadFromJsonAsync<JsonElement>(), "outbox");
        Assert.Equal("Unhealthy", outbox.GetProperty("status").GetString());
        Assert.Contains("Termine:Health:OutboxMaxAge", outbox.GetProperty("description").GetString());
    }

    [Fact]
    public async Task SmtpUnreachable_ReadyIsDegradedWith200()
    {
        var closed = new TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await using var host = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:Smtp:Host"] = "127.0.0.1", ["Termine:Mail:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var client = host.CreateClient();

        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Degraded", report.GetProperty("status").GetString());
        Assert.Equal("Degraded", LostDatabaseTests.Check(report, "smtp").GetProperty("status").GetString());
    }

    [Fact]
    public async Task SmtpGreets_ReadyIsHealthy()
    {
        await using var smtp = await SmtpServer.StartAsync();
        await using var host = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:Smtp:Host"] = "127.0.0.1", ["Termine:Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Termine:Mail:Smtp:Security"] = "None",
        });
        using var client = host.CreateClient();

        var report = await client.GetFromJsonAsync<JsonElement>("/health/ready");

        Assert.Equal("Healthy", LostDatabaseTests.Check(report, "smtp").GetProperty("status").GetString());
    }

    /// <summary>
    /// Read-only in a way that holds for root too (file modes do not stop root): SQLite opened with Mode=ReadOnly,
    /// PostgreSQL with default_transaction_read_only for the database.
    /// </summary>
    private async Task<Dictionary<string, string?>> MakeReadOnlyAsync()
    {
        if (!TestDatabase.UsePostgres)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return new() { ["ConnectionStrings:Termine"] = _database.ConnectionString + ";Mode=ReadOnly" };
        }

        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(_database.ConnectionString).Database;
        await using var admin = new NpgsqlConnection(_database.ConnectionString);
        await admin.OpenAsync();
        await using var readOnly = new NpgsqlCommand($"ALTER DATABASE {name} SET default_transaction_read_only = on", admin);
        await readOnly.ExecuteNonQueryAsync();
        // Another connection string, so EF Core's data source for the first host (and its open sessions) is not reused.
        return new() { ["ConnectionStrings:Termine"] = _database.ConnectionString + ";Application Name=read-only" };
    }
}
