using System.ComponentModel.DataAnnotations;
using Termine.Booking.Configuration;

namespace Termine.Booking.Appointments;

public sealed class BookingOptions
{
    public const string SectionName = "Termine:Booking";

    /// <summary>How long a chosen slot is kept while the resident types their data.</summary>
    [TimeSpanRange("00:01:00", "01:00:00")]
    public TimeSpan HoldDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Against slot hoarding: holds one client may keep at once. A client is an address for the API and the web chat
    /// (across its conversations), a chat user on Telegram and Teams. The load tool, all of whose residents share one
    /// address, sets it high; hence the wide range.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxHoldsPerClient { get; set; } = 2;

    /// <summary>Against slot hoarding: open future appointments one e-mail address may have for one service.</summary>
    [Range(1, 20)]
    public int MaxOpenAppointmentsPerEmailAndService { get; set; } = 1;

    /// <summary>A family comes together, but each member needs their own time.</summary>
    [Range(1, 20)]
    public int MaxPersons { get; set; } = 6;
}
