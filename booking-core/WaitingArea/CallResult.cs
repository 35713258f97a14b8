namespace Termine.Booking.WaitingArea;

/// <summary>What pressing "call" (next, a given one, again) came to.</summary>
public abstract record CallResult
{
    private CallResult()
    {
    }

    public sealed record Called(WaitingEntry Entry) : CallResult;

    /// <summary>Nobody of today is waiting to be called.</summary>
    public sealed record NobodyWaiting : CallResult;

    /// <summary>Not in today's waiting area, or already done or marked as not there.</summary>
    public sealed record NotWaiting : CallResult;

    public sealed record InvalidDesk(string Problem) : CallResult;
}
