using Termine.Booking.Appointments;

namespace Termine.Booking.Reconfirmation;

/// <summary>What came of "I will come".</summary>
public abstract record ReconfirmResult
{
    private ReconfirmResult()
    {
    }

    /// <summary>Confirmed, now or before (<paramref name="ReconfirmedAt"/> is the first time; a second press changes nothing).</summary>
    public sealed record Confirmed(BookedAppointment Appointment, DateTimeOffset ReconfirmedAt) : ReconfirmResult;

    /// <summary>Cancelled, begun or over: there is nothing to confirm any more.</summary>
    public sealed record Closed(BookedAppointment Appointment) : ReconfirmResult;

    /// <summary>No appointment for this proof (a wrong link, another chat's button).</summary>
    public sealed record NotFound : ReconfirmResult;
}
