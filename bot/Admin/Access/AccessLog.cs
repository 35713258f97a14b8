namespace Termine.Bot.Admin.Access;

/// <summary>
/// Staff access's log events (7200–7299), for the operators' alerts; who it was is in the action log, never here.
/// </summary>
internal static partial class AccessLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "A staff sign-in was refused ({Reason})")]
    public static partial void SignInRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "A staff account name is locked for one client address for {Duration} after repeated failed sign-ins")]
    public static partial void SignInNameLocked(this ILogger logger, TimeSpan duration);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Warning, Message = "A client address is refused every staff sign-in for {Duration} after repeated failed sign-ins")]
    public static partial void SignInAddressThrottled(this ILogger logger, TimeSpan duration);

    [LoggerMessage(EventId = 7204, Level = LogLevel.Warning,
        Message = "There is no administrator for /admin yet. Create one with `dotnet run --project bot -- {Command} NAME`, or set Termine__Admin__InitialAdministrator__UserName and __Password.")]
    public static partial void NoAdministrator(this ILogger logger, string command);

    [LoggerMessage(EventId = 7205, Level = LogLevel.Information, Message = "Created the first administrator account from the configuration.")]
    public static partial void InitialAdministratorCreated(this ILogger logger);
}
