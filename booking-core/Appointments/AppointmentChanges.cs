using Microsoft.EntityFrameworkCore;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Reconfirmation;
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

    public async Task<CancelResult> CancelAsync(AppointmentProof proof, CancellationToken cancellationToken) =>
        await _transaction.RunAsync<CancelResult>("termine.booking.cancel", async (db, ct) =>
        {
            var appointment = await FindAsync(db, proof, ct);
            if (appointment is null || appointment.Status != AppointmentStatus.Booked || appointment.Start <= clock.UtcNow)
            {
                return new CancelResult.NotFound();
            }

            await CancelInTransactionAsync(db, appointment, CancellationCause.Requested, ct);
            return new CancelResult.Cancelled(bookings.ToBooked(appointment));
        }, r => r is CancelResult.Cancelled, () => new CancelResult.NotFound(), cancellationToken);

    /// <summary>
    /// "I will come": records the first confirmation of a booked appointment that has not begun; a second one changes
    /// nothing and answers as the first. The only place <see cref="Appointment.ReconfirmedAt"/> is set.
    /// </summary>
    public async Task<ReconfirmResult> ReconfirmAsync(AppointmentProof proof, CancellationToken cancellationToken) =>
        await _transaction.RunAsync<ReconfirmResult>("termine.booking.reconfirm", async (db, ct) =>
        {
            var appointment = await FindAsync(db, proof, ct);
            if (appointment is null)
            {
                return new ReconfirmResult.NotFound();
            }

            if (appointment.Status != AppointmentStatus.Booked || appointment.Start <= clock.UtcNow)
            {
                return new ReconfirmResult.Closed(bookings.ToBooked(appointment));
            }

            appointment.ReconfirmedAt ??= clock.UtcNow;
            await db.SaveChangesAsync(ct);
            return new ReconfirmResult.Confirmed(bookings.ToBooked(appointment), appointment.ReconfirmedAt.Value);
        }, r => r is ReconfirmResult.Confirmed, () => new ReconfirmResult.NotFound(), cancellationToken);

    /// <summary>What the confirmation page shows: the appointment, whether it can still be confirmed, and since when it is.</summary>
    public async Task<ReconfirmationState?> FindReconfirmationAsync(AppointmentProof proof, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var appointment = await FindAsync(db, proof, cancellationToken);
        if (appointment is null)
        {
            return null;
        }

        var booked = bookings.ToBooked(appointment);
        return new ReconfirmationState(booked, IsChangeable(booked), appointment.ReconfirmedAt);
    }

    /// <summary>
    /// Cancels an appointment its resident did not confirm although warned, through the same steps as any cancel (the
    /// slot freed, the change handlers told); the cancellation e-mail says why. Checked again inside the transaction, so
    /// a confirmation that came in meanwhile wins and several hosts release it once.
    /// </summary>
    /// <param name="startsBefore">The release applies to an appointment that starts before this (now plus the hours before).</param>
    /// <returns>Whether this call released it.</returns>
    public async Task<bool> ReleaseUnconfirmedAsync(Guid appointmentId, DateTimeOffset startsBefore, CancellationToken cancellationToken) =>
        await _transaction.RunAsync("termine.booking.release", async (db, ct) =>
        {
            // A conditional update first: of two hosts releasing at once, only the one that changes the row goes on.
            var now = clock.UtcNow;
            var taken = await db.Appointments
                .Where(a => a.Id == appointmentId && a.Status == AppointmentStatus.Booked && a.ReconfirmedAt == null
                    && a.Start > now && a.Start <= startsBefore
                    && db.OutboxMessages.Any(m => m.AppointmentId == a.Id && m.WarnedOfRelease && m.Status == OutboxStatus.Sent
                        && m.TokenGeneration == a.TokenGeneration))
                .MayMoveTo(AppointmentStatus.Cancelled)
                .ExecuteUpdateAsync(s => s.MoveTo(AppointmentStatus.Cancelled), ct);
            if (taken == 0)
            {
                return false;
            }

            var appointment = await db.Appointments.SingleAsync(a => a.Id == appointmentId, ct);
            await CancelInTransactionAsync(db, appointment, CancellationCause.NotReconfirmed, ct);
            return true;
        }, released => released, () => false, cancellationToken);

    private async Task CancelInTransactionAsync(BookingDbContext db, Appointment appointment, CancellationCause cause, CancellationToken cancellationToken)
    {
        // A release has cancelled the row in its conditional update already; then this changes nothing.
        appointment.MoveTo(AppointmentStatus.Cancelled);
        appointment.CancelledAt = clock.UtcNow;
        appointment.CancellationCause = cause;
        await db.SlotClaims.Where(c => c.AppointmentId == appointment.Id).ExecuteDeleteAsync(cancellationToken);
        await NotifyAsync(db, new AppointmentChange.Cancelled(appointment), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Atomic: the new slot is taken and the old one freed, or nothing changes.</summary>
    public async Task<MoveResult> RescheduleAsync(
        AppointmentProof proof, DateTimeOffset? newStart, CancellationToken cancellationToken) =>
        await _transaction.RunAsync<MoveResult>("termine.booking.move", async (db, ct) =>
        {
            var appointment = await FindAsync(db, proof, ct);
            if (appointment is null || appointment.Status != AppointmentStatus.Booked || appointment.Start <= clock.UtcNow)
            {
                return new MoveResult.NotFound();
            }

            var errors = validator.ValidateSlot(appointment.ServiceId, newStart, appointment.Persons);
            if (errors.Count > 0)
            {
                return new MoveResult.Invalid(errors);
            }

            var service = catalog.Find(appointment.ServiceId)!;
            await db.SlotClaims.Where(c => c.AppointmentId == appointment.Id).ExecuteDeleteAsync(ct);
            appointment.Start = newStart!.Value.ToUniversalTime();
            appointment.End = appointment.Start + service.DurationFor(appointment.Persons);
            if (await _claimer.ClaimAsync(db, service, appointment, ct) is null)
            {
                return new MoveResult.SlotTaken();
            }

            var tokens = AppointmentTokens.Issue(appointment, tokenKey);
            // The new confirmation names every person, as the first one did.
            await db.Entry(appointment).Collection(a => a.Companions).LoadAsync(ct);
            await NotifyAsync(db, new AppointmentChange.Moved(appointment, tokens), ct);
            await db.SaveChangesAsync(ct);
            return new MoveResult.Moved(bookings.ToBooked(appointment), tokens);
        }, r => r is MoveResult.Moved, () => new MoveResult.SlotTaken(), cancellationToken);

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
            case AppointmentProof.ChatOfBooking(var channel, var chat, var id) when !string.IsNullOrEmpty(chat):
                return await db.Appointments.SingleOrDefaultAsync(
                    a => a.Id == id && a.Channel == channel && a.ChannelAddress == chat && a.Reference != null, cancellationToken);
            case AppointmentProof.StaffAccess(var id):
                return await db.Appointments.SingleOrDefaultAsync(a => a.Id == id && a.Reference != null, cancellationToken);
            default:
                return null;
        }
    }
}
