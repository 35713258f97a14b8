using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Termine.Booking.Scheduling;

/// <summary>Which days the office is closed: the public holidays of North Rhine-Westphalia, customary days and configured closures.</summary>
public sealed class HolidayCalendar(IOptions<SchedulingOptions> options)
{
    /// <summary>
    /// Each year's closed days, computed once per calendar: the slot search asks for every day it looks at. A new
    /// calendar (an administrator's change) gets a new cache, so a new closing day counts at once.
    /// </summary>
    private volatile Cache _cache = new(options.Value);

    public bool IsClosed(DateOnly date)
    {
        var current = options.Value;
        var cache = _cache;
        if (!ReferenceEquals(cache.Options, current))
        {
            _cache = cache = new Cache(current);
        }

        return cache.ClosingDays.Contains(date) || cache.ByYear.GetOrAdd(date.Year, cache.ClosedIn).Contains(date);
    }

    /// <summary>
    /// Which holiday or customary closing day a date is, so a resident can be told why the office is closed; null for
    /// an ordinary day and for a customary day the calendar keeps open. Configured closing days are not named here.
    /// </summary>
    public HolidayKind? HolidayOn(DateOnly date)
    {
        var easter = EasterSunday(date.Year);
        HolidayKind? kind = (date.Month, date.Day) switch
        {
            (1, 1) => HolidayKind.NewYearsDay,
            (5, 1) => HolidayKind.LabourDay,
            (10, 3) => HolidayKind.GermanUnityDay,
            (11, 1) => HolidayKind.AllSaintsDay,
            (12, 24) => HolidayKind.ChristmasEve,
            (12, 25) => HolidayKind.ChristmasDay,
            (12, 26) => HolidayKind.SecondChristmasDay,
            (12, 31) => HolidayKind.NewYearsEve,
            _ => (date.DayNumber - easter.DayNumber) switch
            {
                -48 => HolidayKind.RoseMonday,
                -2 => HolidayKind.GoodFriday,
                1 => HolidayKind.EasterMonday,
                39 => HolidayKind.AscensionDay,
                50 => HolidayKind.WhitMonday,
                60 => HolidayKind.CorpusChristi,
                _ => null,
            },
        };
        return kind is { } found && (!found.IsCustomary() || options.Value.CloseOnCustomaryDays) ? found : null;
    }

    /// <summary>The statutory public holidays of North Rhine-Westphalia in a year.</summary>
    public static IReadOnlySet<DateOnly> PublicHolidays(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),        // Neujahr
            easter.AddDays(-2),     // Karfreitag
            easter.AddDays(1),      // Ostermontag
            new(year, 5, 1),        // Tag der Arbeit
            easter.AddDays(39),     // Christi Himmelfahrt
            easter.AddDays(50),     // Pfingstmontag
            easter.AddDays(60),     // Fronleichnam
            new(year, 10, 3),       // Tag der Deutschen Einheit
            new(year, 11, 1),       // Allerheiligen
            new(year, 12, 25),
            new(year, 12, 26),
        };
    }

    public static IReadOnlySet<DateOnly> CustomaryClosingDays(int year) =>
        new HashSet<DateOnly> { EasterSunday(year).AddDays(-48), new(year, 12, 24), new(year, 12, 31) };

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private sealed class Cache(SchedulingOptions options)
    {
        public SchedulingOptions Options { get; } = options;

        public HashSet<DateOnly> ClosingDays { get; } = [.. options.ClosingDays.Select(d => d.Date)];

        public ConcurrentDictionary<int, IReadOnlySet<DateOnly>> ByYear { get; } = new();

        public IReadOnlySet<DateOnly> ClosedIn(int year) =>
            Options.CloseOnCustomaryDays ? PublicHolidays(year).Union(CustomaryClosingDays(year)).ToHashSet() : PublicHolidays(year);
    }
}
