namespace Termine.Booking.WaitingArea;

/// <summary>A call as the waiting-room display shows it: number and desk, nothing that names the resident.</summary>
/// <param name="Current">Still called (not yet done or marked as not there).</param>
public sealed record DisplayCall(int WaitingNumber, string Desk, DateTimeOffset CalledAt, bool Current);
