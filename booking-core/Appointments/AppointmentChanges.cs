using Microsoft.EntityFrameworkCore;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Appointments;

/// <summary>
/// What a resident can do with a booked appointment without calling anyone: look it up, cancel it, move it.
/// The reference and the e-mail address together are the proof; staff do the same for them on the staff pages.
/// </summary>
public sealed class AppointmentChanges(
    ServiceCatalog catalog,
    BookingValidator validator,
    OfficeClock clock,
    IEnumerable<IAppointmentChangeHandler> changeHandlers,
    IDbContextFactory<BookingDbContext> contexts,
    DatabaseWrites<BookingDbContext> writes,
    SlotGrid grid,
    BookingService bookings,
    TokenKey tokenKey)
{
    private readonly BookingTransaction _transaction = new(writes);
    private readonly SlotClaimer _claimer = new(grid, clock);

    public async Task<BookedAppointment?> FindAsync(AppointmentProof proof, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var appointment = await FindAsync(db, proof, cancellationToken);
        return appointment is null ? null : bookings.ToBooked(appointment);
    }

    /// <summary>Whether the resident can still cancel or move it: booked, and not yet begun.</summary>
    public bool IsChangeable(BookedAppointment appointment) =>
        appointment.Status == AppointmentStatus.Booked && appointment.Start > clock.UtcNow;

    public async Task<BookingResult> CancelAsync(AppointmentProof proof, CancellationToken cancellationToken) =>
        await _transaction.RunAsync<BookingResult>("termine.booking.cancel", async (db, ct) =>
        {
            var appointment = await FindAsync(db, proof, ct);
            if (appointment is null || appointment.Status != AppointmentStatus.Booked || appointment.Start <= clock.UtcNow)
            {
                return new BookingResult.NotFound();
            }

            appointment.Status = AppointmentStatus.Cancelled;
            appointment.CancelledAt = clock.UtcNow;
            await db.SlotClaims.Where(c => c.AppointmentId == appointment.Id).ExecuteDeleteAsync(ct);
            await NotifyAsync(db, new AppointmentChange.Cancelled(appointment), ct);
            await db.SaveChangesAsync(ct);
            return new BookingResult.Booked(bookings.ToBooked(appointment), null);
        }, r => r is BookingResult.Booked, () => new BookingResult.NotFound(), cancellationToken);

    /// <summary>Atomic: the new slot is taken and the old one freed, or nothing changes.</summary>
    public async Task<BookingResult> RescheduleAsync(
        AppointmentProof proof, DateTimeOffset? newStart, CancellationToken cancellationToken) =>
        await _transaction.RunAsync<BookingResult>("termine.booking.move", async (db, ct) =>
        {
            var appointment = await FindAsync(db, proof, ct);
            if (appointment is null || appointment.Status != AppointmentStatus.Booked || appointment.Start <= clock.UtcNow)
            {
                return new BookingResult.NotFound();
            }

            var errors = validator.ValidateSlot(appointment.ServiceId, newStart, appointment.Persons);
            if (errors.Count > 0)
            {
                return new BookingResult.Invalid(errors);
            }

            var service = catalog.Find(appointment.ServiceId)!;
            await db.SlotClaims.Where(c => c.AppointmentId == appointment.Id).ExecuteDeleteAsync(ct);
            appointment.Start = newStart!.Value.ToUniversalTime();
            appointment.End = appointment.Start + service.DurationFor(appointment.Persons);
            if (await _claimer.ClaimAsync(db, service, appointment, ct) is null)
            {
                return new BookingResult.SlotTaken();
            }

            var tokens = AppointmentTokens.Issue(appointment, tokenKey);
            // The new confirmation names every person, as the first one did.
            await db.Entry(appointment).Collection(a => a.Companions).LoadAsync(ct);
            await NotifyAsync(db, new AppointmentChange.Moved(appointment, tokens), ct);
            await db.SaveChangesAsync(ct);
            return new BookingResult.Booked(bookings.ToBooked(appointment), tokens);
        }, r => r is BookingResult.Booked, () => new BookingResult.SlotTaken(), cancellationToken);

    private async Task NotifyAsync(BookingDbContext db, AppointmentChange change, CancellationToken cancellationToken)
    {
        foreach (var handler in changeHandlers)
        {
            await handler.OnChangedAsync(db, change, cancellationToken);
        }
    }

    private static async Task<Appointment?> FindAsync(
        BookingDbContext db, AppointmentProof proof, CancellationToken cancellationToken)
    {
        switch (proof)
        {
            case AppointmentProof.ReferenceAndEmail(var reference, var email):
                var normalized = ReferenceGenerator.Normalize(reference);
                var address = email?.Trim().ToLowerInvariant();
                return normalized is null || string.IsNullOrEmpty(address)
                    ? null
                    : await db.Appointments.SingleOrDefaultAsync(a => a.Reference == normalized && a.Email == address, cancellationToken);
            case AppointmentProof.ManageToken(var token) when !string.IsNullOrEmpty(token) && token.Length <= 64:
                var hash = AccessToken.Hash(token);
                return await db.Appointments.SingleOrDefaultAsync(a => a.ManageTokenHash == hash, cancellationToken);
            case AppointmentProof.StaffAccess(var id):
                return await db.Appointments.SingleOrDefaultAsync(a => a.Id == id && a.Reference != null, cancellationToken);
            default:
                return null;
        }
    }
}
