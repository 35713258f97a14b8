using Termine.Booking.Persistence;

namespace Termine.Booking.Appointments;

/// <summary>
/// Reacts to a booking change by adding rows to the same unit of work (for example the outbox of e-mails), so the
/// change and its consequences are committed together or not at all.
/// </summary>
public interface IAppointmentChangeHandler
{
    Task OnChangedAsync(BookingDbContext db, AppointmentChange change, CancellationToken cancellationToken);
}
