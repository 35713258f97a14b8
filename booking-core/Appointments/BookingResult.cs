namespace Termine.Booking.Appointments;

/// <summary>Every outcome of a booking attempt; none of them is exceptional.</summary>
public abstract record BookingResult
{
    private BookingResult()
    {
    }

    /// <param name="Tokens">The tokens just issued (the same the outbox derives again for the e-mail; the database keeps
    /// only their hashes). Null where no new tokens were made (a replayed request).</param>
    public sealed record Booked(BookedAppointment Appointment, AppointmentTokens? Tokens) : BookingResult;

    public sealed record SlotTaken : BookingResult;

    public sealed record HoldExpired : BookingResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : BookingResult;

    /// <summary>A limit against hoarding was hit; <see cref="Limit"/> says which.</summary>
    public sealed record LimitReached(BookingLimit Limit) : BookingResult;

    /// <summary>The idempotency key was sent before with a different request; nothing was booked.</summary>
    public sealed record KeyReused : BookingResult;

    public sealed record NotFound : BookingResult;
}
