using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs;

/// <summary>
/// The date recognizers take a few hundred milliseconds per language on first use, and every reader of a message
/// builds its tables and expressions on first use too; warming them in the background keeps that wait from the
/// residents who come later. It begins only once the host listens: on two cores it would otherwise take half the
/// machine from the start itself, and a resident who writes at once reads just the language he writes in.
/// </summary>
public sealed class RecognizerWarmUp(
    DateWishParser parser, MessageReader reader, IHostApplicationLifetime lifetime, ILogger<RecognizerWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await ListeningAsync(stoppingToken))
        {
            return;
        }

        await Task.Run(() =>
        {
            try
            {
                parser.WarmUp();
                reader.WarmUp();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.WarmUpFailed(ex);
            }
        }, stoppingToken);
    }

    /// <summary>True once the host has started (Kestrel listens); false when it stops first.</summary>
    private async Task<bool> ListeningAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
