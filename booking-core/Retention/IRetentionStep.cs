namespace Termine.Booking.Retention;

/// <summary>
/// One kind of data the retention worker removes when its time has come. Each step is idempotent and works in batches,
/// so two hosts running it at once only share the work.
/// </summary>
public interface IRetentionStep
{
    /// <summary>Removes what is due now; returns how many items it handled.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
