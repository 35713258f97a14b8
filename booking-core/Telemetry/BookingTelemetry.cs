using Microsoft.Extensions.Logging;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;

namespace Termine.Booking.Telemetry;

/// <summary>
/// Counts and logs each booking change once it is committed: one Information line with the appointment's id, service
/// and channel — never the booker's name, e-mail, phone, reference or tokens — and one count on
/// <see cref="BookingMetrics"/>. A change that is rolled back (a lost race tried again) is neither counted nor logged.
/// </summary>
public sealed partial class BookingTelemetry(BookingMetrics metrics, ILogger<BookingTelemetry> logger) : IAppointmentChangeHandler
{
    public Task OnChangedAsync(BookingDbContext db, AppointmentChange change, CancellationToken cancellationToken)
    {
        // Read now: the entity may be changed further before the commit, and is gone from the context after it.
        var (id, serviceId, team, channel) = (change.Appointment.Id, change.Appointment.ServiceId, change.Appointment.Team, change.Appointment.Channel);
        Action report = change switch
        {
            AppointmentChange.Booked => () => Report(metrics.Booked, LogBooked),
            AppointmentChange.Cancelled => () => Report(metrics.Cancelled, LogCancelled),
            AppointmentChange.Moved => () => Report(metrics.Moved, LogMoved),
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
            LogCheckedIn(logger, id, serviceId, channel);
        });
    }

    [LoggerMessage(EventId = 9110, Level = LogLevel.Information, Message = "Appointment {AppointmentId} booked for service {ServiceId} on channel {Channel}")]
    private static partial void LogBooked(ILogger logger, Guid appointmentId, string serviceId, string channel);

    [LoggerMessage(EventId = 9111, Level = LogLevel.Information, Message = "Appointment {AppointmentId} cancelled for service {ServiceId} on channel {Channel}")]
    private static partial void LogCancelled(ILogger logger, Guid appointmentId, string serviceId, string channel);

    [LoggerMessage(EventId = 9112, Level = LogLevel.Information, Message = "Appointment {AppointmentId} moved for service {ServiceId} on channel {Channel}")]
    private static partial void LogMoved(ILogger logger, Guid appointmentId, string serviceId, string channel);

    [LoggerMessage(EventId = 9113, Level = LogLevel.Information, Message = "Appointment {AppointmentId} checked in for service {ServiceId} on channel {Channel}")]
    private static partial void LogCheckedIn(ILogger logger, Guid appointmentId, string serviceId, string channel);
}
