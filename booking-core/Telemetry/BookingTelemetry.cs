using Microsoft.Extensions.Logging;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;

namespace Termine.Booking.Telemetry;

/// <summary>
/// Counts and logs each booking change once it is committed: one Information line with the appointment's id, service
/// and channel — never the booker's name, e-mail, phone, reference or tokens — and one count on
/// <see cref="BookingMetrics"/>. A change that is rolled back (a lost race tried again) is neither counted nor logged.
/// </summary>
public sealed class BookingTelemetry(BookingMetrics metrics, ILogger<BookingTelemetry> logger) : IAppointmentChangeHandler
{
    public Task OnChangedAsync(BookingDbContext db, AppointmentChange change, CancellationToken cancellationToken)
    {
        // Read now: the entity may be changed further before the commit, and is gone from the context after it.
        var (id, serviceId, team, channel) = (change.Appointment.Id, change.Appointment.ServiceId, change.Appointment.Team, change.Appointment.Channel);
        Action report = change switch
        {
            AppointmentChange.Booked => () => Report(metrics.Booked, TelemetryLog.AppointmentBooked),
            AppointmentChange.Cancelled => () => Report(metrics.Cancelled, TelemetryLog.AppointmentCancelled),
            AppointmentChange.Moved => () => Report(metrics.Moved, TelemetryLog.AppointmentMoved),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change.GetType().Name, "Not a known booking change."),
        };
        db.AfterCommit(report);
        return Task.CompletedTask;

        void Report(Action<string, string, string> count, Action<ILogger, Guid, string, string> log)
        {
            count(serviceId, team, channel);
            log(logger, id, serviceId, channel);
        }
    }

    /// <summary>Check-in is not a change the e-mails react to, so <see cref="CheckIn.CheckInService"/> reports it here.</summary>
    internal void OnCheckedIn(BookingDbContext db, Appointment appointment)
    {
        var (id, serviceId, team, channel) = (appointment.Id, appointment.ServiceId, appointment.Team, appointment.Channel);
        db.AfterCommit(() =>
        {
            metrics.CheckedIn(serviceId, team, channel);
            logger.AppointmentCheckedIn(id, serviceId, channel);
        });
    }
}
