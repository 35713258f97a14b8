using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Termine.Booking.Retention;

/// <summary>Runs every <see cref="IRetentionStep"/> at start and then every <see cref="RetentionOptions.Interval"/>.</summary>
public sealed class RetentionWorker(
    IEnumerable<IRetentionStep> steps, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round over all steps; a failing step is logged and the others still run.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var step in steps)
        {
            try
            {
                var handled = await step.RunAsync(cancellationToken);
                if (handled > 0)
                {
                    logger.RetentionStepHandled(step.GetType().Name, handled);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database briefly away: the next round catches up, as every step is idempotent.
                logger.RetentionStepFailed(step.GetType().Name, ex);
            }
        }
    }
}
