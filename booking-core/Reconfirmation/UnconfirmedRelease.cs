using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Reconfirmation;

/// <summary>
/// Releases the appointments left unconfirmed past their deadline, when Termine:Reconfirmation:ReleaseUnconfirmed is
/// on: booked, not confirmed, starting within <see cref="ReconfirmationOptions.ReleaseHoursBefore"/> hours, and warned
/// by a reminder that went out for the appointment's current time. Each is cancelled through
/// <see cref="AppointmentChanges.ReleaseUnconfirmedAsync"/>, so the freed time is found as after any cancel.
/// Idempotent, and several hosts may run it at once: the cancel takes the row with a conditional update.
/// </summary>
public sealed class UnconfirmedRelease(
    IDbContextFactory<BookingDbContext> contexts,
    AppointmentChanges changes,
    OfficeClock clock,
    IOptions<ReconfirmationOptions> options,
    ILogger<UnconfirmedRelease> logger)
{
    private const int BatchSize = 100;

    /// <returns>How many appointments this call released.</returns>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ReleaseUnconfirmed)
        {
            return 0;
        }

        var now = clock.UtcNow;
        var startsBefore = now + options.Value.ReleaseBefore;
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Appointments.AsNoTracking()
                .Where(a => a.Status == AppointmentStatus.Booked && a.Start > now && a.Start <= startsBefore && a.ReconfirmedAt == null
                    && db.OutboxMessages.Any(m => m.AppointmentId == a.Id && m.WarnedOfRelease && m.Status == OutboxStatus.Sent
                        && m.TokenGeneration == a.TokenGeneration))
                .OrderBy(a => a.Start).Select(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
        }

        var released = 0;
        foreach (var id in due)
        {
            if (await changes.ReleaseUnconfirmedAsync(id, startsBefore, cancellationToken))
            {
                released++;
                logger.UnconfirmedReleased(id);
            }
        }

        return released;
    }
}
