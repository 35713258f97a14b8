using Termine.Booking.Appointments;

namespace Termine.Bot.Admin.ServicePoint;

/// <summary>An appointment's status as the service point says it.</summary>
public static class StatusNames
{
    public static string German(AppointmentStatus status) => status switch
    {
        AppointmentStatus.Held => "vorgemerkt",
        AppointmentStatus.Booked => "gebucht",
        AppointmentStatus.Cancelled => "storniert",
        AppointmentStatus.Arrived => "angekommen",
        AppointmentStatus.Called => "aufgerufen",
        AppointmentStatus.Done => "erledigt",
        AppointmentStatus.NoShow => "nicht erschienen",
        AppointmentStatus.Expired => "verfallen",
        _ => status.ToString(),
    };
}
