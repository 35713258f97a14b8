using Termine.Booking.Scheduling;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Booking.Tests.Scheduling;

public sealed class HolidayKindTests : IClassFixture<TestDatabase>
{
    private readonly TestDatabase _database;

    public HolidayKindTests(TestDatabase database) => _database = database;

    [Theory]
    [InlineData("2027-01-01", HolidayKind.NewYearsDay)]
    [InlineData("2027-02-08", HolidayKind.RoseMonday)]
    [InlineData("2027-03-26", HolidayKind.GoodFriday)]
    [InlineData("2027-03-29", HolidayKind.EasterMonday)]
    [InlineData("2027-05-01", HolidayKind.LabourDay)]
    [InlineData("2027-05-06", HolidayKind.AscensionDay)]
    [InlineData("2027-05-17", HolidayKind.WhitMonday)]
    [InlineData("2027-05-27", HolidayKind.CorpusChristi)]
    [InlineData("2026-10-03", HolidayKind.GermanUnityDay)]
    [InlineData("2026-11-01", HolidayKind.AllSaintsDay)]
    [InlineData("2026-12-24", HolidayKind.ChristmasEve)]
    [InlineData("2026-12-25", HolidayKind.ChristmasDay)]
    [InlineData("2026-12-26", HolidayKind.SecondChristmasDay)]
    [InlineData("2026-12-31", HolidayKind.NewYearsEve)]
    public async Task HolidayOn_NamesEveryClosedDay(string date, HolidayKind kind)
    {
        await using var host = await BookingHost.StartAsync(_database);
        var holidays = host.Get<HolidayCalendar>();
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(kind, holidays.HolidayOn(day));
        Assert.True(holidays.IsClosed(day));
        Assert.Null(holidays.HolidayOn(day.AddDays(day.Month == 12 && day.Day is >= 24 and <= 26 ? -3 : 7)));
    }

    [Fact]
    public async Task HolidayOn_CustomaryDaysKeptOpen_AreNoHoliday()
    {
        await using var host = await BookingHost.StartAsync(_database, new Dictionary<string, string?> { ["Termine:Scheduling:CloseOnCustomaryDays"] = "false" });
        var holidays = host.Get<HolidayCalendar>();

        Assert.Null(holidays.HolidayOn(new DateOnly(2026, 12, 24)));
        Assert.Equal(HolidayKind.ChristmasDay, holidays.HolidayOn(new DateOnly(2026, 12, 25)));
    }
}
