namespace Termine.Booking.Appointments;

public abstract record HoldResult
{
    private HoldResult()
    {
    }

    public sealed record Held(Guid HoldId, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset ExpiresAt) : HoldResult;

    public sealed record SlotTaken : HoldResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : HoldResult;

    public sealed record LimitReached(BookingLimit Limit) : HoldResult;
}
