using Microsoft.Extensions.Logging;

namespace Termine.Booking.Telemetry;

/// <summary>The telemetry's log events (9100–9119): appointments by id, service and channel only.</summary>
internal static partial class TelemetryLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "The outbox could not be read for the metrics")]
    public static partial void OutboxUnreadable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9110, Level = LogLevel.Information, Message = "Appointment {AppointmentId} booked for service {ServiceId} on channel {Channel}")]
    public static partial void AppointmentBooked(this ILogger logger, Guid appointmentId, string serviceId, string channel);

    [LoggerMessage(EventId = 9111, Level = LogLevel.Information, Message = "Appointment {AppointmentId} cancelled for service {ServiceId} on channel {Channel}")]
    public static partial void AppointmentCancelled(this ILogger logger, Guid appointmentId, string serviceId, string channel);

    [LoggerMessage(EventId = 9112, Level = LogLevel.Information, Message = "Appointment {AppointmentId} moved for service {ServiceId} on channel {Channel}")]
    public static partial void AppointmentMoved(this ILogger logger, Guid appointmentId, string serviceId, string channel);

    [LoggerMessage(EventId = 9113, Level = LogLevel.Information, Message = "Appointment {AppointmentId} checked in for service {ServiceId} on channel {Channel}")]
    public static partial void AppointmentCheckedIn(this ILogger logger, Guid appointmentId, string serviceId, string channel);
}
