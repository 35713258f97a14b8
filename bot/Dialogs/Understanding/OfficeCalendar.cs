namespace Termine.Bot.Dialogs.Understanding;

/// <summary>Day arithmetic for date wishes, all relative to the office's local "today".</summary>
internal static class OfficeCalendar
{
    /// <summary>Office hours run from 07:00 to 19:00, so "10" is 10:00 and "3" is 15:00, never 03:00 or 22:00.</summary>
    public static bool IsOfficeHour(int hour) => hour is >= 7 and < 19;

    /// <summary>The hour a resident means by a bare number on a 12-hour clock face ("um 3" → 15, "at 10" → 10).</summary>
    public static int OfficeHour(int hour) => hour is >= 1 and <= 6 ? hour + 12 : hour;

    public static DateOnly NextOrSame(DateOnly from, DayOfWeek weekday) =>
        from.AddDays(((int)weekday - (int)from.DayOfWeek + 7) % 7);

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The weekday in next week (Monday to Sunday): "next Tuesday" said on a Tuesday is in seven days.</summary>
    public static DateOnly InNextWeek(DateOnly today, DayOfWeek weekday) =>
        MondayOf(today).AddDays(7 + (((int)weekday + 6) % 7));

    /// <summary>Monday to Friday of the week of <paramref name="monday"/>, not before today.</summary>
    public static (DateOnly From, DateOnly To) WorkWeek(DateOnly monday, DateOnly today)
    {
        var from = Later(monday, today);
        return (from, Later(monday.AddDays(4), from));
    }

    /// <summary>A whole month, not before today; a month already over this year means next year's.</summary>
    public static (DateOnly From, DateOnly To) Month(int? year, int month, DateOnly today)
    {
        var resolvedYear = year ?? (month < today.Month ? today.Year + 1 : today.Year);
        var first = new DateOnly(resolvedYear, month, 1);
        return (Later(first, today), first.AddMonths(1).AddDays(-1));
    }

    /// <summary>A day and month without a year: this year's, or next year's when this year's has passed.</summary>
    public static DateOnly? DayOfYear(int? year, int month, int day, DateOnly today)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (year is { } given)
        {
            return day <= DateTime.DaysInMonth(given, month) ? new DateOnly(given, month, day) : null;
        }

        for (var candidate = today.Year; candidate <= today.Year + 4; candidate++)
        {
            // 29 February waits for the next leap year rather than failing.
            if (day <= DateTime.DaysInMonth(candidate, month) && new DateOnly(candidate, month, day) >= today)
            {
                return new DateOnly(candidate, month, day);
            }
        }

        return null;
    }

    /// <summary>"The 15th" without a month: this month's, or next month's when it has passed.</summary>
    public static DateOnly? DayOfMonth(int day, DateOnly today)
    {
        for (var month = new DateOnly(today.Year, today.Month, 1); month <= today.AddMonths(2); month = month.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && month.AddDays(day - 1) >= today)
            {
                return month.AddDays(day - 1);
            }
        }

        return null;
    }

    public static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
