using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Keeps the list true as appointments change, in the change's own unit of work: a booking that is an offer's held
/// slot marks the offer accepted; any booking closes the entries of the same address for the same service (the
/// resident booked directly, and leaves the list) and lets their open offers go. A cancellation or move frees desk
/// time, so once it is committed the worker is woken to offer it.
/// </summary>
public sealed class WaitlistChangeHandler(OfficeClock clock, WaitlistSignal signal) : IAppointmentChangeHandler
{
    public async Task OnChangedAsync(BookingDbContext db, AppointmentChange change, CancellationToken cancellationToken)
    {
        switch (change)
        {
            case AppointmentChange.Booked(var appointment, _):
                await OnBookedAsync(db, appointment, cancellationToken);
                break;
            case AppointmentChange.Cancelled or AppointmentChange.Moved:
                db.AfterCommit(signal.Wake);
                break;
        }
    }

    private async Task OnBookedAsync(BookingDbContext db, Appointment appointment, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        // Unconditionally: a sweep that expired the offer a moment before the booking committed loses to the booking.
        await db.WaitlistOffers.Where(o => o.AppointmentId == appointment.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Outcome, OfferOutcome.Accepted).SetProperty(o => o.DecidedAt, now), cancellationToken);
        if (string.IsNullOrEmpty(appointment.Email))
        {
            return;
        }

        var entries = await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.Email == appointment.Email && e.ServiceId == appointment.ServiceId
                && (e.State == WaitlistEntryState.Waiting || e.State == WaitlistEntryState.Offered))
            .Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var id in entries)
        {
            await OfferRelease.EndOpenOfAsync(db, id, OfferOutcome.Withdrawn, now, cancellationToken);
        }

        await db.WaitlistEntries.Where(e => entries.Contains(e.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, WaitlistEntryState.Booked).SetProperty(e => e.ClosedAt, now), cancellationToken);
    }
}
