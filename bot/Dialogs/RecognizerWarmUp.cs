using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs;

/// <summary>
/// The date recognizers take a few hundred milliseconds per language on first use; warming them in the background at
/// start keeps that wait from the first resident who types a date.
/// </summary>
public sealed partial class RecognizerWarmUp(DateWishParser parser, ILogger<RecognizerWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            parser.WarmUp();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogWarmUpFailed(logger, ex);
        }
    }, stoppingToken);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Warming up the date recognizers failed; the first date wish will be slower")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
