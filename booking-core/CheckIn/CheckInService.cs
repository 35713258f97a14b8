using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;
using Termine.Booking.Telemetry;

namespace Termine.Booking.CheckIn;

/// <summary>
/// The QR code scanned in the waiting area on the day: marks the resident arrived and gives the day's next waiting
/// number. The unique index on (day, number) keeps two terminals from handing out the same number.
/// </summary>
public sealed class CheckInService(
    IDbContextFactory<BookingDbContext> contexts,
    DatabaseWrites<BookingDbContext> writes, OfficeClock clock, BookingService bookings, BookingTelemetry telemetry)
{
    private readonly BookingTransaction _transaction = new(writes);

    /// <summary>The appointment behind a check-in token, without checking in (to greet the resident in their language).</summary>
    public async Task<BookedAppointment?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        var hash = AccessToken.Hash(token.Trim());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var appointment = await db.Appointments.AsNoTracking().SingleOrDefaultAsync(
            a => a.CheckInTokenHash == hash && a.Status != AppointmentStatus.Held && a.Status != AppointmentStatus.Expired, cancellationToken);
        return appointment is null ? null : bookings.ToBooked(appointment);
    }

    public async Task<CheckInResult> CheckInAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return new CheckInResult.Unknown();
        }

        var hash = AccessToken.Hash(token.Trim());
        return await _transaction.RunAsync<CheckInResult>("termine.booking.checkin", async (db, ct) =>
        {
            var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.CheckInTokenHash == hash, ct);
            if (appointment is null || appointment.Status is AppointmentStatus.Held or AppointmentStatus.Expired)
            {
                return new CheckInResult.Unknown();
            }

            if (appointment.Status == AppointmentStatus.Cancelled)
            {
                return new CheckInResult.Cancelled(bookings.ToBooked(appointment));
            }

            if (appointment.WaitingNumber is { } number)
            {
                return new CheckInResult.CheckedIn(bookings.ToBooked(appointment), number, Again: true);
            }

            var today = clock.Today;
            if (DateOnly.FromDateTime(clock.ToLocal(appointment.Start).DateTime) != today)
            {
                return new CheckInResult.WrongDay(bookings.ToBooked(appointment));
            }

            var last = await db.Appointments.Where(a => a.ArrivalDay == today).MaxAsync(a => a.WaitingNumber, ct);
            appointment.WaitingNumber = (last ?? 0) + 1;
            appointment.ArrivalDay = today;
            appointment.ArrivedAt = clock.UtcNow;
            appointment.MoveTo(AppointmentStatus.Arrived);
            await db.SaveChangesAsync(ct);
            telemetry.OnCheckedIn(db, appointment);
            return new CheckInResult.CheckedIn(bookings.ToBooked(appointment), appointment.WaitingNumber.Value, Again: false);
        }, r => r is CheckInResult.CheckedIn { Again: false }, () => new CheckInResult.Unknown(), cancellationToken);
    }
}
