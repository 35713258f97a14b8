namespace Termine.Booking.Appointments;

/// <summary>What came of a move to another time; none of it is exceptional.</summary>
public abstract record MoveResult
{
    private MoveResult()
    {
    }

    /// <param name="Tokens">The tokens of the new generation; the old ones stopped working with the move.</param>
    public sealed record Moved(BookedAppointment Appointment, AppointmentTokens Tokens) : MoveResult;

    /// <summary>No appointment for this proof, or it can no longer be changed (cancelled, begun or over).</summary>
    public sealed record NotFound : MoveResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : MoveResult;

    /// <summary>The new time is taken; the appointment stays as it was.</summary>
    public sealed record SlotTaken : MoveResult;
}
