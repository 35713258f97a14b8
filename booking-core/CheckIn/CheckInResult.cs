using Termine.Booking.Appointments;

namespace Termine.Booking.CheckIn;

public abstract record CheckInResult
{
    private CheckInResult()
    {
    }

    /// <param name="Again">The code was scanned before: the same number is given again.</param>
    public sealed record CheckedIn(BookedAppointment Appointment, int WaitingNumber, bool Again) : CheckInResult;

    public sealed record WrongDay(BookedAppointment Appointment) : CheckInResult;

    public sealed record Cancelled(BookedAppointment Appointment) : CheckInResult;

    public sealed record Unknown : CheckInResult;
}
