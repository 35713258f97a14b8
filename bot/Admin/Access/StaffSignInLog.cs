namespace Termine.Bot.Admin.Access;

/// <summary>For the operators' alerts; who it was is in the action log, never here.</summary>
internal static partial class StaffSignInLog
{
    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "A staff sign-in was refused ({Reason})")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "A staff account name is locked for one client address for {Duration} after repeated failed sign-ins")]
    public static partial void NameLocked(ILogger logger, TimeSpan duration);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Warning, Message = "A client address is refused every staff sign-in for {Duration} after repeated failed sign-ins")]
    public static partial void AddressThrottled(ILogger logger, TimeSpan duration);
}
