namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>Which appointment times a persona takes, judged on the office's wall clock.</summary>
public sealed record SlotWish(string Description, Func<DateTime, bool> Fits)
{
    private static readonly TimeZoneInfo Office = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static SlotWish Any { get; } = new("any time", _ => true);

    public bool FitsInstant(DateTimeOffset start) => Fits(TimeZoneInfo.ConvertTime(start, Office).DateTime);

    public static DateTime Local(DateTimeOffset start) => TimeZoneInfo.ConvertTime(start, Office).DateTime;

    public static SlotWish On(DayOfWeek day) => new(day.ToString(), t => t.DayOfWeek == day);

    public static SlotWish OnAnyOf(params DayOfWeek[] days) => new(string.Join("/", days), t => days.Contains(t.DayOfWeek));

    public static SlotWish OnDate(int year, int month, int day) => new($"{year}-{month:00}-{day:00}", t => t.Date == new DateTime(year, month, day));

    public static SlotWish Between(DateOnly first, DateOnly last) =>
        new($"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}", t => DateOnly.FromDateTime(t) >= first && DateOnly.FromDateTime(t) <= last);

    public SlotWish Morning() => And("morning", t => t.Hour < 12);

    public SlotWish Afternoon() => And("afternoon", t => t.Hour >= 12);

    /// <summary>From this wall-clock time on (inclusive) until before <paramref name="toHour"/>.</summary>
    public SlotWish Hours(int fromHour, int fromMinute, int toHour, int toMinute = 0) =>
        And($"{fromHour:00}:{fromMinute:00}-{toHour:00}:{toMinute:00}",
            t => t.TimeOfDay >= new TimeSpan(fromHour, fromMinute, 0) && t.TimeOfDay < new TimeSpan(toHour, toMinute, 0));

    public SlotWish Or(SlotWish other) => new($"({Description}) or ({other.Description})", t => Fits(t) || other.Fits(t));

    private SlotWish And(string description, Func<DateTime, bool> more) => new($"{Description} {description}", t => Fits(t) && more(t));

    public override string ToString() => Description;
}
