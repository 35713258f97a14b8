using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence.Identity;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Health;

/// <summary>
/// Finding 3 of issue 13: a SQLite file deleted or replaced while Termine runs, or under a stopped Termine. These
/// are about files, so they run on SQLite only (under TERMINE_TEST_DATABASE=Postgres they pass without checking).
/// </summary>
public sealed class LostDatabaseTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private readonly SqliteFolder _folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _folder.DisposeAsync();

    [Fact]
    public async Task FileDeletedWhileRunning_BookingAnswers503_NoEmailGoesOut_ReadinessIs503()
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        await using var host = _folder.Host();
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await BookAsync(client, "2026-12-07", "before@example.org")).StatusCode);

        var slot = await FirstFreeSlotAsync(client, "2026-12-08");

        File.Delete(_folder.DatabasePath);
        var after = await PostBookingAsync(client, slot, "after@example.org");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        var problem = await after.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The appointment database is not available; nothing was saved. Please try again later.", problem.GetProperty("title").GetString());
        // The first booking's confirmation waits in the outbox of the lost file: it must not go out either.
        var dispatch = await Record.ExceptionAsync(() => host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None));
        Assert.Equal(DatabaseUnavailableReason.FileMissing, DatabaseUnavailableException.ReasonOf(dispatch));
        Assert.Equal(0, _folder.MailsWritten());
        Assert.False(File.Exists(_folder.DatabasePath), "Nothing may create a new file at the database's path.");
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var database = Check(await ready.Content.ReadFromJsonAsync<JsonElement>(), "database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.Contains("no longer at its path", database.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task FileReplacedWhileRunning_BookingAnswers503()
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        await using var host = _folder.Host();
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var slot = await FirstFreeSlotAsync(client, "2026-12-07");

        // A copy moved into place: same content, another file.
        File.Copy(_folder.DatabasePath, _folder.DatabasePath + ".copy");
        File.Move(_folder.DatabasePath + ".copy", _folder.DatabasePath, overwrite: true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await PostBookingAsync(client, slot, "replaced@example.org")).StatusCode);
        // Reads stop too: they would show the old file's rows, which no longer count.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/services/residence-permit-extension/slots?from=2026-12-07&to=2026-12-07")).StatusCode);
    }

    [Fact]
    public async Task RestartAfterTheFileWasDeleted_RefusesWithOneLine_UnlessToldToCreate()
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        await using (var first = _folder.Host())
        {
            using var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.Created, (await BookAsync(client, "2026-12-07", "lost@example.org")).StatusCode);
        }

        SqliteFolder.ReleaseFiles();
        var lostId = File.ReadAllText(_folder.MarkerPath).Trim();
        File.Delete(_folder.DatabasePath);

        await using (var refused = _folder.Host())
        {
            var refusal = Refusal(() => refused.CreateClient(), lostId);
            Assert.Contains("refusing to start", refusal);
            Assert.Contains("Termine:Database:CreateIfMissing=true", refusal);
        }

        Assert.False(File.Exists(_folder.DatabasePath), "A refused start must not leave an empty database behind.");
        await using var created = _folder.Host(new Dictionary<string, string?> { ["Termine:Database:CreateIfMissing"] = "true" });
        using var again = created.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/health/ready")).StatusCode);
        Assert.NotEqual(lostId, File.ReadAllText(_folder.MarkerPath).Trim());
    }

    [Fact]
    public async Task RestartOnAnotherDatabase_Refuses()
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        await using var other = new SqliteFolder();
        foreach (var folder in new[] { _folder, other })
        {
            await using var host = folder.Host();
            host.CreateClient().Dispose();
        }

        SqliteFolder.ReleaseFiles();
        File.Copy(other.DatabasePath, _folder.DatabasePath, overwrite: true);

        await using var refused = _folder.Host();
        var refusal = Refusal(() => refused.CreateClient(), _folder.DatabasePath);
        Assert.Contains("another database was put in its place", refusal);
    }

    [Fact]
    public async Task FirstStartInProduction_RefusesUnlessToldToCreate()
    {
        if (TestDatabase.UsePostgres)
        {
            return;
        }

        await using var refused = _folder.Host(new Dictionary<string, string?> { ["environment"] = "Production" });
        var refusal = Refusal(() => refused.CreateClient(), _folder.DatabasePath);

        Assert.Contains("in Production Termine does not create one unasked", refusal);
        Assert.False(File.Exists(_folder.DatabasePath));
    }

    /// <summary>The one line an operator reads when the start is refused; the host never starts.</summary>
    private static string Refusal(Action start, string mentioned)
    {
        StartupErrorLines.Listen();
        Assert.NotNull(Record.Exception(start));
        return StartupErrorLines.Single(mentioned);
    }

    internal static JsonElement Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    internal static async Task<HttpResponseMessage> BookAsync(HttpClient client, string day, string email) =>
        await PostBookingAsync(client, await FirstFreeSlotAsync(client, day), email);

    internal static async Task<string> FirstFreeSlotAsync(HttpClient client, string day)
    {
        var slots = await client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}");
        return slots.EnumerateArray().First().GetProperty("start").GetString()!;
    }

    internal static async Task<HttpResponseMessage> PostBookingAsync(HttpClient client, string start, string email) =>
        await client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start, fullName = "Olena Kovalenko", birthDate = "1988-03-02", email, phone = "02181 601-0", persons = 1, language = "uk",
        });
}
