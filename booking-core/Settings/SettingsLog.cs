using Microsoft.Extensions.Logging;

namespace Termine.Booking.Settings;

/// <summary>The stored settings' log events (7100–7199).</summary>
internal static partial class SettingsLog
{
    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Settings {Key} version {Version} in force")]
    public static partial void SettingsApplied(this ILogger logger, string key, long version);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Error, Message = "A stored setting is not valid and was not applied: {Field} {Problem}")]
    public static partial void StoredSettingIgnored(this ILogger logger, string field, string problem);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Could not check the stored settings; will try again")]
    public static partial void SettingsRefreshFailed(this ILogger logger, Exception exception);
}
