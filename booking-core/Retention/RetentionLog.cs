using Microsoft.Extensions.Logging;

namespace Termine.Booking.Retention;

/// <summary>The retention's log events (4100–4199): steps and counts.</summary>
internal static partial class RetentionLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Retention: {Step} handled {Count} items")]
    public static partial void RetentionStepHandled(this ILogger logger, string step, int count);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Retention: {Step} failed")]
    public static partial void RetentionStepFailed(this ILogger logger, string step, Exception exception);
}
