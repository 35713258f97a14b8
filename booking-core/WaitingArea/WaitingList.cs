using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;

namespace Termine.Booking.WaitingArea;

/// <summary>
/// Today's waiting area: who has arrived, calling them to a desk, and the end of the visit. Every change is one
/// conditional update on the appointment's current status, so the database decides when two staff members on two
/// hosts press "call next" at the same moment: the loser finds the row changed and takes the next number. Each change
/// is its own unit of work through <see cref="DatabaseWrites{TContext}"/>.
/// </summary>
public sealed class WaitingList(IDbContextFactory<BookingDbContext> contexts, DatabaseWrites<BookingDbContext> writes, OfficeClock clock)
{
    /// <summary>How often "call next" moves on after another desk was faster; far more than desks in one office.</summary>
    private const int MaxCallNextAttempts = 50;

    /// <summary>Those who arrived today and are waiting or called, by waiting number.</summary>
    public async Task<IReadOnlyList<WaitingEntry>> TodayAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Appointments.AsNoTracking()
            .Where(a => a.ArrivalDay == today && (a.Status == AppointmentStatus.Arrived || a.Status == AppointmentStatus.Called))
            .OrderBy(a => a.WaitingNumber)
            .ToListAsync(cancellationToken);
        return rows.Select(ToEntry).ToList();
    }

    /// <summary>Calls the lowest waiting number among those not yet called.</summary>
    public async Task<CallResult> CallNextAsync(string? desk, CancellationToken cancellationToken)
    {
        var (name, problem) = DeskName.Validate(desk);
        if (name is null)
        {
            return new CallResult.InvalidDesk(problem!);
        }

        var today = clock.Today;
        for (var attempt = 0; attempt < MaxCallNextAttempts; attempt++)
        {
            // Not waiting: another desk called that number between the read and the update; read again in a new unit.
            var outcome = await writes.RunAsync<CallResult>(async (db, ct) =>
            {
                var next = await db.Appointments.AsNoTracking()
                    .Where(a => a.ArrivalDay == today && a.Status == AppointmentStatus.Arrived)
                    .OrderBy(a => a.WaitingNumber)
                    .Select(a => (Guid?)a.Id)
                    .FirstOrDefaultAsync(ct);
                if (next is not { } id)
                {
                    return new CallResult.NobodyWaiting();
                }

                return await CallAsync(db, id, name, [AppointmentStatus.Arrived], ct);
            }, cancellationToken);
            if (outcome is not CallResult.NotWaiting)
            {
                return outcome;
            }
        }

        return new CallResult.NobodyWaiting();
    }

    /// <summary>Calls the given resident, whether waiting or already called (to call again, perhaps to another desk).</summary>
    public async Task<CallResult> CallAsync(Guid appointmentId, string? desk, CancellationToken cancellationToken)
    {
        var (name, problem) = DeskName.Validate(desk);
        if (name is null)
        {
            return new CallResult.InvalidDesk(problem!);
        }

        return await writes.RunAsync(
            async (db, ct) => await CallAsync(db, appointmentId, name, [AppointmentStatus.Arrived, AppointmentStatus.Called], ct),
            cancellationToken);
    }

    /// <summary>The visit took place; not waiting when the resident was not in today's waiting area (or already finished).</summary>
    public Task<FinishResult> DoneAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        FinishAsync(appointmentId, AppointmentStatus.Done, cancellationToken);

    /// <summary>Called, but nobody came to the desk.</summary>
    public Task<FinishResult> NoShowAsync(Guid appointmentId, CancellationToken cancellationToken) =>
        FinishAsync(appointmentId, AppointmentStatus.NoShow, cancellationToken);

    /// <summary>What the waiting-room display shows: today's latest calls, newest first.</summary>
    public async Task<IReadOnlyList<DisplayCall>> DisplayAsync(int count, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var calls = await db.Appointments.AsNoTracking()
            .Where(a => a.ArrivalDay == today && a.CalledAt != null && a.CalledDesk != null && a.WaitingNumber != null)
            .OrderByDescending(a => a.CalledAt)
            .Take(count)
            .Select(a => new { a.WaitingNumber, a.CalledDesk, a.CalledAt, a.Status })
            .ToListAsync(cancellationToken);
        return calls.Select(c => new DisplayCall(c.WaitingNumber!.Value, c.CalledDesk!, c.CalledAt!.Value, c.Status == AppointmentStatus.Called)).ToList();
    }

    private async Task<CallResult> CallAsync(
        BookingDbContext db, Guid id, string desk, AppointmentStatus[] from, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var now = clock.UtcNow;
        var changed = await db.Appointments
            .Where(a => a.Id == id && a.ArrivalDay == today && from.Contains(a.Status))
            .MayMoveTo(AppointmentStatus.Called)
            .ExecuteUpdateAsync(s => s
                .MoveTo(AppointmentStatus.Called)
                .SetProperty(a => a.CalledAt, now)
                .SetProperty(a => a.CalledDesk, desk), cancellationToken);
        if (changed == 0)
        {
            return new CallResult.NotWaiting();
        }

        var appointment = await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == id, cancellationToken);
        return new CallResult.Called(ToEntry(appointment));
    }

    private async Task<FinishResult> FinishAsync(Guid id, AppointmentStatus status, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var now = clock.UtcNow;
        return await writes.RunAsync<FinishResult>(async (db, ct) =>
        {
            var changed = await db.Appointments
                .Where(a => a.Id == id && a.ArrivalDay == today && (a.Status == AppointmentStatus.Arrived || a.Status == AppointmentStatus.Called))
                .MayMoveTo(status)
                .ExecuteUpdateAsync(s => s
                    .MoveTo(status)
                    .SetProperty(a => a.CompletedAt, now), ct);
            return changed == 0
                ? new FinishResult.NotWaiting()
                : new FinishResult.Finished(ToEntry(await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == id, ct)));
        }, cancellationToken);
    }

    private static WaitingEntry ToEntry(Appointment a) => new(
        a.Id, a.Reference ?? "", a.WaitingNumber ?? 0, a.ArrivedAt ?? default, a.ServiceId, a.FullName, a.Persons, a.Language,
        a.Status, a.CalledAt, a.CalledDesk);
}
