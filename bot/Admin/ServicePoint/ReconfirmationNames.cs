using Termine.Booking.Appointments;

namespace Termine.Bot.Admin.ServicePoint;

/// <summary>Whether the resident said they will come, as the staff's lists show it.</summary>
public static class ReconfirmationNames
{
    /// <summary>"bestätigt" or "nicht bestätigt" for a booked appointment; for any other only a confirmation given.</summary>
    public static string German(AppointmentStatus status, DateTimeOffset? reconfirmedAt) => (status, reconfirmedAt) switch
    {
        (_, not null) => "bestätigt",
        (AppointmentStatus.Booked, null) => "nicht bestätigt",
        _ => "–",
    };
}
