using Termine.Booking.Appointments;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Waitlist;

/// <summary>Every outcome of joining the list; none of them is exceptional.</summary>
public abstract record JoinResult
{
    private JoinResult()
    {
    }

    public sealed record Joined(Guid EntryId, string Reference) : JoinResult;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : JoinResult;

    /// <summary>Slots that fit the wish are free now: book one of them instead of waiting.</summary>
    public sealed record SlotsFree(IReadOnlyList<Slot> Slots) : JoinResult;

    /// <summary>This e-mail address already waits for this service; the first entry stays as it is.</summary>
    public sealed record AlreadyWaiting : JoinResult;

    /// <summary>This e-mail address already has an open appointment for this service (move it instead).</summary>
    public sealed record AlreadyBooked : JoinResult;
}
