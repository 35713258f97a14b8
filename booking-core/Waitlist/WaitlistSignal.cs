namespace Termine.Booking.Waitlist;

/// <summary>
/// Wakes this host's <see cref="WaitlistWorker"/> when desk time was freed here (a cancellation, a move, a declined
/// offer), so the next resident hears of it at once rather than at the next sweep. Other hosts find it at their sweep.
/// </summary>
public sealed class WaitlistSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Wake"/>; take it before sweeping, so a wake during a sweep is not lost.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Wake() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
