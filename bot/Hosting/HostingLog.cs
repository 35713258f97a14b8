using Termine.Booking.Persistence;

namespace Termine.Bot.Hosting;

/// <summary>The host's log events (9130–9199): requests by route template, where things are at start.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 9130, Level = LogLevel.Information, Message = "{Method} {Route} answered {StatusCode} in {ElapsedMilliseconds:0} ms")]
    public static partial void RequestAnswered(this ILogger logger, string method, string route, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 9131, Level = LogLevel.Warning, Message = "{Method} {Route} answered {StatusCode} in {ElapsedMilliseconds:0} ms")]
    public static partial void RequestFailed(this ILogger logger, string method, string route, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 9132, Level = LogLevel.Warning, Message = "Termine:Bot:AllowUnauthenticated is on: /api/messages takes calls without a token. For local development only.")]
    public static partial void UnauthenticatedBotEndpoint(this ILogger logger);

    [LoggerMessage(EventId = 9133, Level = LogLevel.Information, Message = "Database: {Provider}")]
    public static partial void DatabaseProviderInUse(this ILogger logger, DatabaseProvider provider);

    [LoggerMessage(EventId = 9134, Level = LogLevel.Information, Message = "E-mails are written to {PickupDirectory}")]
    public static partial void MailPickupDirectory(this ILogger logger, string pickupDirectory);
}
