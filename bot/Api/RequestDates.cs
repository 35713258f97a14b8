using System.Globalization;
using Termine.Booking.Appointments;

namespace Termine.Bot.Api;

/// <summary>How every REST endpoint reads a calendar date from a request body: YYYY-MM-DD, or a field error naming it.</summary>
public static class RequestDates
{
    /// <returns>The date, or null when the value is missing (no error) or malformed (an error is added).</returns>
    public static DateOnly? Parse(string? value, string field, List<FieldError> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new(field, "format", $"'{field}' must be a date written YYYY-MM-DD."));
        return null;
    }
}
