using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Booking.Tests.Scheduling;

/// <summary>
/// Why a day has no slot, as the calendar knows it (the chat and the web booking both say it). The clock stands at
/// Tuesday, 24 November 2026, 09:00 in the office; the service is the residence team's first (12 hours' notice,
/// 90 days ahead: until Monday, 22 February 2027).
/// </summary>
public sealed class DayStatusTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private BookingHost _host = null!;

    public DayStatusTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await BookingHost.StartAsync(
        _database, new Dictionary<string, string?>
        {
            ["Termine:Scheduling:ClosingDays:0:Date"] = "2026-12-09",
            ["Termine:Scheduling:ClosingDays:0:Reason"] = "Personalversammlung",
        });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, DayStatus> Days() => new()
    {
        { "2026-11-23", new DayStatus.Past() },
        { "2026-11-24", new DayStatus.TooSoon(TimeSpan.FromHours(12)) },
        { "2026-11-25", new DayStatus.Open() },
        { "2026-11-28", new DayStatus.ClosedWeekday(DayOfWeek.Saturday) },
        { "2026-12-09", new DayStatus.ClosingDay() },
        { "2026-12-24", new DayStatus.Holiday(HolidayKind.ChristmasEve) },
        { "2026-12-26", new DayStatus.Holiday(HolidayKind.SecondChristmasDay) },
        { "2027-02-22", new DayStatus.Open() },
        { "2027-02-23", new DayStatus.BeyondHorizon(new DateOnly(2027, 2, 22)) },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void StatusOn_NamesWhyADayHasNoSlot(string day, DayStatus expected)
    {
        Assert.Equal(expected, _host.Get<SlotGrid>().StatusOn(DateOnly.Parse(day), Service(), 1));
    }

    [Fact]
    public void StatusOn_AnAfternoonOnAMorningOnlyDay_IsClosedThen_AndTheMorningOpen()
    {
        var grid = _host.Get<SlotGrid>();
        var wednesday = new DateOnly(2026, 12, 2);

        Assert.Equal(new DayStatus.ClosedPartOfDay(), grid.StatusOn(wednesday, Service(), 1, notBefore: new TimeOnly(12, 0)));
        Assert.Equal(new DayStatus.Open(), grid.StatusOn(wednesday, Service(), 1, startBefore: new TimeOnly(12, 0)));
    }

    private ServiceDefinition Service() => _host.Get<ServiceCatalog>().Services.First(s => s.Team == "residence");
}
