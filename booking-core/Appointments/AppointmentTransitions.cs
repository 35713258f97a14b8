using Microsoft.EntityFrameworkCore.Query;

namespace Termine.Booking.Appointments;

/// <summary>
/// The one table of how an appointment's status may change, used by <see cref="Appointment.MoveTo"/> for a tracked
/// row and by <see cref="MayMoveTo"/> and <see cref="MoveTo(UpdateSettersBuilder{Appointment}, AppointmentStatus)"/>
/// for a conditional update; a new status is one more row here. Only the appointment's own files set its status
/// (an architecture test keeps it so).
/// </summary>
public static class AppointmentTransitions
{
    /// <summary>For each status, the statuses it may change to.</summary>
    public static IReadOnlyDictionary<AppointmentStatus, AppointmentStatus[]> Allowed { get; } = new Dictionary<AppointmentStatus, AppointmentStatus[]>
    {
        // Confirmed with the resident's data, or let go (chosen otherwise, left, an offer that ended).
        [AppointmentStatus.Held] = [AppointmentStatus.Booked, AppointmentStatus.Expired],
        // Cancelled (asked for, or released unconfirmed) or checked in on the day.
        [AppointmentStatus.Booked] = [AppointmentStatus.Cancelled, AppointmentStatus.Arrived],
        [AppointmentStatus.Arrived] = [AppointmentStatus.Called, AppointmentStatus.Done, AppointmentStatus.NoShow],
        // Called again, perhaps to another desk.
        [AppointmentStatus.Called] = [AppointmentStatus.Called, AppointmentStatus.Done, AppointmentStatus.NoShow],
        [AppointmentStatus.Cancelled] = [],
        [AppointmentStatus.Done] = [],
        [AppointmentStatus.NoShow] = [],
        [AppointmentStatus.Expired] = [],
    };

    public static bool IsAllowed(AppointmentStatus from, AppointmentStatus to) =>
        Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>The statuses from which <paramref name="to"/> may be reached, for a conditional update's filter.</summary>
    public static AppointmentStatus[] Before(AppointmentStatus to) =>
        Allowed.Where(t => t.Value.Contains(to)).Select(t => t.Key).ToArray();

    /// <summary>The rows whose status may change to <paramref name="to"/>.</summary>
    public static IQueryable<Appointment> MayMoveTo(this IQueryable<Appointment> appointments, AppointmentStatus to)
    {
        var before = Before(to);
        return appointments.Where(a => before.Contains(a.Status));
    }

    /// <summary>Sets the status in a conditional update; filter the rows with <see cref="MayMoveTo"/> first.</summary>
    public static UpdateSettersBuilder<Appointment> MoveTo(this UpdateSettersBuilder<Appointment> setters, AppointmentStatus to) =>
        setters.SetProperty(a => a.Status, to);
}
