namespace Termine.Bot.Dialogs;

/// <summary>The resident's journey's log events (5200–5299); never what a resident wrote.</summary>
internal static partial class DialogsLog
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Warming up the message readers failed; the first messages will be slower")]
    public static partial void WarmUpFailed(this ILogger logger, Exception exception);
}
