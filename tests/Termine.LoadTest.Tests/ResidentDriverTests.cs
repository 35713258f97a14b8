using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.LoadTest;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.LoadTest.Tests;

/// <summary>
/// The load tool's resident (tests/Termine.LoadTest) books once through Direct Line against the in-process host, so a
/// change to the journey that the tool no longer follows shows here rather than in the middle of a load run. No timing.
/// </summary>
public sealed class ResidentDriverTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;

    public ResidentDriverTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, DirectLineTestClient.Settings(
            ("Termine:Mail:PickupDirectory", Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}"))));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task BookAsync_ThroughDirectLine_BooksOneAppointmentAndReturnsItsReference()
    {
        var http = _factory.CreateClient();
        var baseUrl = http.BaseAddress!.ToString().TrimEnd('/');
        await using var conversation = await DirectLineConversation.StartAsync(
            http, baseUrl, baseUrl, (url, ct) => _factory.Server.CreateWebSocketClient().ConnectAsync(url, ct), CancellationToken.None);
        var statistics = new LoadStatistics();
        var driver = new ResidentDriver(conversation, "load.driver@example.org", new Random(6), TimeSpan.Zero, statistics);

        var reference = await driver.BookAsync(CancellationToken.None);

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.SingleAsync(a => a.Email == "load.driver@example.org");
        Assert.Equal(reference, appointment.Reference);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
        Assert.InRange(statistics.Turns, 10, 40);
        Assert.Empty(statistics.Errors);
    }
}
