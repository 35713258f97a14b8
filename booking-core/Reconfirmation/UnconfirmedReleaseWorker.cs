using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Termine.Booking.Reconfirmation;

/// <summary>Runs <see cref="UnconfirmedRelease"/> every <see cref="ReconfirmationOptions.Interval"/>; idle while the release is off.</summary>
public sealed class UnconfirmedReleaseWorker(
    UnconfirmedRelease release, TimeProvider time, IOptions<ReconfirmationOptions> options, ILogger<UnconfirmedReleaseWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ReleaseUnconfirmed)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await release.ReleaseDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database briefly away: the next round releases what is still due.
                logger.UnconfirmedReleaseFailed(ex);
            }
        }
    }
}
