using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Termine.Booking.Notifications;

/// <summary>The appointment as an iCalendar file in the office's time zone, so calendars show it at the right hour.</summary>
public static class CalendarFileWriter
{
    /// <param name="sequence">Raised with each change, so calendars replace the earlier version.</param>
    public static string Write(
        string uid, string summary, string location, string description, DateTimeOffset localStart, DateTimeOffset localEnd,
        string timeZoneId, string organizerAddress, int sequence, bool cancelled, DateTimeOffset stamp)
    {
        var calendar = new Calendar { Method = cancelled ? "CANCEL" : "PUBLISH" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(timeZoneId, localStart.DateTime.AddYears(-1), false));
        calendar.Events.Add(new CalendarEvent
        {
            Uid = uid,
            Sequence = sequence,
            Summary = summary,
            Location = location,
            Description = description,
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
            DtStart = new CalDateTime(localStart.DateTime, timeZoneId),
            DtEnd = new CalDateTime(localEnd.DateTime, timeZoneId),
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
            Organizer = new Organizer($"mailto:{organizerAddress}"),
        });
        // Ical.Net formats some numbers with the current culture: under Arabic the time zone's rule came out as
        // "BYDAY=\u061C-1SU" (a letter mark before the minus), which calendars reject. The file's grammar is culture-free.
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            return new CalendarSerializer().SerializeToString(calendar)!;
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }
}
