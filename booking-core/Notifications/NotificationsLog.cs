using Microsoft.Extensions.Logging;

namespace Termine.Booking.Notifications;

/// <summary>The outbox's log events (4000–4099): kind, channel and appointment id, never an address or a message's content.</summary>
internal static partial class NotificationsLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Sent {Kind} by {Channel} for appointment {AppointmentId}")]
    public static partial void MessageSent(this ILogger logger, MessageKind kind, string channel, Guid? appointmentId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "The {Kind} by {Channel} for appointment {AppointmentId} was refused for good ({Reason})")]
    public static partial void MessageRefused(this ILogger logger, MessageKind kind, string channel, Guid? appointmentId, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Could not send the {Kind} by {Channel} for appointment {AppointmentId} (attempt {Attempts}, {Error}); will retry")]
    public static partial void MessageFailed(this ILogger logger, MessageKind kind, string channel, Guid? appointmentId, int attempts, string error);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Withdrew the {Kind} by {Channel} for appointment {AppointmentId} unsent ({Reason})")]
    public static partial void MessageWithdrawn(this ILogger logger, MessageKind kind, string channel, Guid? appointmentId, string reason);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Error, Message = "An outbox round failed")]
    public static partial void OutboxRoundFailed(this ILogger logger, Exception exception);
}
