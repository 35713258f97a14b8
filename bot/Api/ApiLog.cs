using Termine.Booking.Persistence.Identity;

namespace Termine.Bot.Api;

/// <summary>The REST API's log events (8000–8099).</summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 8001, Level = LogLevel.Error, Message = "A request was refused: the database is not available ({Reason})")]
    public static partial void RefusedWithoutDatabase(this ILogger logger, DatabaseUnavailableReason reason);
}
