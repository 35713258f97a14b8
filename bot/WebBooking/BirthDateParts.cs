using System.Globalization;
using Termine.Booking.Localization;

namespace Termine.Bot.WebBooking;

/// <summary>
/// Reads a date of birth typed as day, month and year in three fields (the GOV.UK date pattern). Whether the date is
/// plausible (not in the future, not more than 120 years back) is the core's rule (<c>BookingValidator</c>).
/// </summary>
public static class BirthDateParts
{
    /// <summary>What is wrong with the parts; <see cref="Part"/> names the first field to correct (Day, Month, Year).</summary>
    public sealed record Problem(string Code, string Part);

    public static DateOnly? Read(string? day, string? month, string? year, out Problem? problem)
    {
        problem = null;
        var parts = new[] { ("Day", Clean(day)), ("Month", Clean(month)), ("Year", Clean(year)) };
        if (parts.All(p => p.Item2.Length == 0))
        {
            problem = new("required", "Day");
            return null;
        }

        if (parts.FirstOrDefault(p => p.Item2.Length == 0) is { Item1: { } missing })
        {
            problem = new("incomplete", missing);
            return null;
        }

        if (parts.FirstOrDefault(p => !int.TryParse(p.Item2, NumberStyles.None, CultureInfo.InvariantCulture, out _)) is { Item1: { } wrong })
        {
            problem = new("notReal", wrong);
            return null;
        }

        var (d, m, y) = (Number(parts[0].Item2), Number(parts[1].Item2), Number(parts[2].Item2));
        if (parts[2].Item2.Length != 4 || y < 1)
        {
            problem = new("notReal", "Year");
            return null;
        }

        if (m is < 1 or > 12)
        {
            problem = new("notReal", "Month");
            return null;
        }

        if (d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            problem = new("notReal", "Day");
            return null;
        }

        return new DateOnly(y, m, d);
    }

    // Arabic-Indic digits are read as 0–9, as everywhere a number is typed.
    private static string Clean(string? value) => new((value ?? "").Trim().Select(Digits.ToAscii).ToArray());

    private static int Number(string digits) => digits.Length > 9 ? int.MaxValue : int.Parse(digits, CultureInfo.InvariantCulture);
}
