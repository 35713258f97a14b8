namespace Termine.Booking.Appointments;

/// <summary>Why an appointment was cancelled, so the cancellation e-mail can say it.</summary>
public enum CancellationCause
{
    /// <summary>The resident cancelled it, or staff did for them.</summary>
    Requested = 0,

    /// <summary>Released because the resident did not confirm it in time (Termine:Reconfirmation:ReleaseUnconfirmed).</summary>
    NotReconfirmed = 1,
}
