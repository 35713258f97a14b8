using System.Globalization;
using Termine.Booking.Localization;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// A date read back with the month as a word ("3. April 1991", "3 квітня 1991"), so 04/03 cannot be misread either way.
/// </summary>
public static class LongDates
{
    public static string Format(DateOnly date, string language) =>
        date.ToString(language == "de" ? "d. MMMM yyyy" : "d MMMM yyyy", LanguageCultures.Formatting(language));

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
