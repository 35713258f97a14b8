using Microsoft.Extensions.Logging;

namespace Termine.Booking.Reconfirmation;

/// <summary>The reconfirmation's log events (4700–4799): appointments by id only.</summary>
internal static partial class ReconfirmationLog
{
    [LoggerMessage(EventId = 4710, Level = LogLevel.Information, Message = "Released appointment {AppointmentId}: not confirmed by its deadline")]
    public static partial void UnconfirmedReleased(this ILogger logger, Guid appointmentId);

    [LoggerMessage(EventId = 4711, Level = LogLevel.Error, Message = "Releasing unconfirmed appointments failed; will retry")]
    public static partial void UnconfirmedReleaseFailed(this ILogger logger, Exception exception);
}
