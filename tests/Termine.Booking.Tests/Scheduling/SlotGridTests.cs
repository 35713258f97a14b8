using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Booking.Tests.Scheduling;

public sealed class SlotGridTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private BookingHost _host = null!;

    public SlotGridTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await BookingHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("2026-03-27", "2026-03-27T07:00:00Z")] // Friday before the spring switch: CET, +01:00
    [InlineData("2026-03-30", "2026-03-30T06:00:00Z")] // Monday after: CEST, +02:00
    [InlineData("2026-10-23", "2026-10-23T06:00:00Z")] // Friday before the autumn switch: CEST
    [InlineData("2026-10-26", "2026-10-26T07:00:00Z")] // Monday after: CET
    public async Task CandidatesOn_AroundDaylightSavingSwitches_OpenAtEightLocalTime(string date, string firstUtc)
    {
        await using var weekBefore = await BookingHost.StartAsync(_database, now: DateTimeOffset.Parse(date).AddDays(-7));
        var service = Service();

        var first = weekBefore.Get<SlotGrid>().CandidatesOn(DateOnly.Parse(date), service, 1).First();

        Assert.Equal(DateTimeOffset.Parse(firstUtc), first.Start);
        Assert.Equal(new TimeOnly(8, 0), first.LocalStart);
    }

    [Fact]
    public void CandidatesOn_ThursdayWithLunchBreak_FitsInsideEachIntervalAndSkipsTheBreak()
    {
        var service = Service();
        var thursday = new DateOnly(2026, 12, 3);

        var starts = _host.Get<SlotGrid>().CandidatesOn(thursday, service, 1).Select(c => c.LocalStart).ToList();

        var last = TimeOnly.FromTimeSpan(new TimeSpan(18, 0, 0) - TimeSpan.FromMinutes(service.DurationMinutes));
        Assert.Equal(new TimeOnly(8, 0), starts[0]);
        Assert.DoesNotContain(starts, s => s >= new TimeOnly(12, 0).AddMinutes(-service.DurationMinutes + 1) && s < new TimeOnly(13, 0));
        Assert.Equal(last, starts[^1]);
    }

    [Fact]
    public void CandidatesOn_HolidaysWeekendsAndBeyondTheHorizon_HaveNoSlots()
    {
        var grid = _host.Get<SlotGrid>();
        var service = Service();

        Assert.Empty(grid.CandidatesOn(new DateOnly(2026, 12, 25), service, 1));
        Assert.Empty(grid.CandidatesOn(new DateOnly(2026, 11, 28), service, 1));
        Assert.Empty(grid.CandidatesOn(new DateOnly(2026, 11, 24).AddDays(service.MaxDaysAhead + 1), service, 1));
    }

    [Fact]
    public void CandidatesOn_Today_RespectsTheServicesNotice()
    {
        var service = Service();
        var today = new DateOnly(2026, 11, 24);

        var starts = _host.Get<SlotGrid>().CandidatesOn(today, service, 1).ToList();

        Assert.All(starts, s => Assert.True(s.Start >= BookingHost.DefaultNow + service.MinNotice));
    }

    private ServiceDefinition Service() => _host.Get<ServiceCatalog>().Services.First(s => s.Team == "residence");
}
