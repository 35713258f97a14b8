namespace Termine.Booking.WaitingArea;

/// <summary>What marking a visit done or a no-show came to.</summary>
public abstract record FinishResult
{
    private FinishResult()
    {
    }

    public sealed record Finished(WaitingEntry Entry) : FinishResult;

    /// <summary>Not in today's waiting area, or already done or marked as not there.</summary>
    public sealed record NotWaiting : FinishResult;
}
