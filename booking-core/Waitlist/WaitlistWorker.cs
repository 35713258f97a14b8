using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Sweeps every <see cref="WaitlistOptions.SweepInterval"/>, and at once when <see cref="WaitlistSignal"/> wakes it:
/// offers that ran out are passed on, and free desk time that fits a waiting resident is offered. Every host runs it;
/// the database decides which host's offer stands (<see cref="WaitlistOffers"/>).
/// </summary>
public sealed class WaitlistWorker(
    WaitlistOffers offers, WaitlistSignal signal, TimeProvider time, IOptions<WaitlistOptions> options, ILogger<WaitlistWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.Next;
            try
            {
                await offers.SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad round (the database briefly away) must not stop the list for good.
                logger.SweepFailed(ex);
            }

            await Task.WhenAny(woken, Task.Delay(options.Value.SweepInterval, time, stoppingToken));
        }
    }
}
