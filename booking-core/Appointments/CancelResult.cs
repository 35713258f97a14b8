namespace Termine.Booking.Appointments;

/// <summary>What came of a cancel; none of it is exceptional.</summary>
public abstract record CancelResult
{
    private CancelResult()
    {
    }

    public sealed record Cancelled(BookedAppointment Appointment) : CancelResult;

    /// <summary>No appointment for this proof, or it can no longer be changed (cancelled, begun or over).</summary>
    public sealed record NotFound : CancelResult;
}
