namespace Termine.Booking.Appointments;

/// <summary>Every outcome of a booking attempt; none of them is exceptional.</summary>
public abstract record BookingResult
{
    private BookingResult()
    {
    }

    /// <param name="CheckInToken">The only copy of the token: it goes into the resident's e-mail, the database keeps its hash.</param>
    public sealed record Booked(BookedAppointment Appointment, string? CheckInToken) : BookingResult;

    public sealed record SlotTaken : BookingResult;

    public sealed record HoldExpired : BookingResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : BookingResult;

    /// <summary>A limit against hoarding was hit; <see cref="Reason"/> says which.</summary>
    public sealed record LimitReached(string Reason) : BookingResult;

    public sealed record NotFound : BookingResult;
}
