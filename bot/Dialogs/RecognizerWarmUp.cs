using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs;

/// <summary>
/// The date recognizers take a few hundred milliseconds per language on first use, and every reader of a message
/// builds its tables and expressions on first use too; warming them in the background at start keeps that wait from
/// the first resident.
/// </summary>
public sealed partial class RecognizerWarmUp(DateWishParser parser, MessageReader reader, ILogger<RecognizerWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            parser.WarmUp();
            reader.WarmUp();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogWarmUpFailed(logger, ex);
        }
    }, stoppingToken);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Warming up the message readers failed; the first messages will be slower")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
