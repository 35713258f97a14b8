using Microsoft.Extensions.Options;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Tests.Scheduling;

public sealed class HolidayCalendarTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void EasterSunday_KnownYears_MatchesTheCalendar(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), HolidayCalendar.EasterSunday(year));
    }

    [Fact]
    public void PublicHolidays_2026_AreTheElevenOfNorthRhineWestphalia()
    {
        var expected = new[]
        {
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25",
            "2026-06-04", "2026-10-03", "2026-11-01", "2026-12-25", "2026-12-26",
        }.Select(DateOnly.Parse);

        Assert.Equal(expected.Order(), HolidayCalendar.PublicHolidays(2026).Order());
    }

    [Fact]
    public void IsClosed_CustomaryAndConfiguredDays_AreClosedUnlessCustomIsSwitchedOff()
    {
        var options = new SchedulingOptions { ClosingDays = [new ClosingDay { Date = new DateOnly(2026, 7, 17), Reason = "Betriebsausflug" }] };
        var calendar = new HolidayCalendar(Options.Create(options));
        var withoutCustom = new HolidayCalendar(Options.Create(new SchedulingOptions { CloseOnCustomaryDays = false }));

        Assert.True(calendar.IsClosed(new DateOnly(2026, 2, 16)));   // Rosenmontag
        Assert.True(calendar.IsClosed(new DateOnly(2026, 12, 24)));
        Assert.True(calendar.IsClosed(new DateOnly(2026, 7, 17)));
        Assert.False(calendar.IsClosed(new DateOnly(2026, 7, 16)));
        Assert.False(withoutCustom.IsClosed(new DateOnly(2026, 2, 16)));
        Assert.True(withoutCustom.IsClosed(new DateOnly(2027, 5, 27))); // Fronleichnam 2027
    }
}
