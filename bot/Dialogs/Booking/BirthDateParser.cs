using System.Globalization;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>A date of birth as residents write it: 17.05.1990, 17/05/1990, 17-05-1990 or 1990-05-17, in any digits.</summary>
public static class BirthDateParser
{
    private static readonly string[] Formats = ["d.M.yyyy", "d/M/yyyy", "d-M-yyyy", "yyyy-M-d", "d.M.yy", "d M yyyy"];

    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var latin = new string(text.Trim().TrimEnd('.').Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c).ToArray());
        return DateOnly.TryParseExact(latin, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
