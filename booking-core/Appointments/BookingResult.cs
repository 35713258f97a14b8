namespace Termine.Booking.Appointments;

/// <summary>Every outcome of a booking attempt; none of them is exceptional.</summary>
public abstract record BookingResult
{
    private BookingResult()
    {
    }

    /// <param name="Tokens">The tokens just issued (the same the outbox derives again for the e-mail; the database keeps
    /// only their hashes). Null where no new tokens were made (a replayed request, a cancellation).</param>
    public sealed record Booked(BookedAppointment Appointment, AppointmentTokens? Tokens) : BookingResult;

    public sealed record SlotTaken : BookingResult;

    public sealed record HoldExpired : BookingResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : BookingResult;

    /// <summary>A limit against hoarding was hit; <see cref="Reason"/> says which.</summary>
    public sealed record LimitReached(string Reason) : BookingResult;

    public sealed record NotFound : BookingResult;
}
