using Microsoft.EntityFrameworkCore;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Appointments;

/// <summary>Claims the desk time of an appointment on the first desk that is free for all of it.</summary>
internal sealed class SlotClaimer(SlotGrid grid, OfficeClock clock)
{
    /// <returns>The desk, or null when every desk is taken. Claims are added to the context, not yet saved.</returns>
    public async Task<int?> ClaimAsync(
        BookingDbContext db, ServiceDefinition service, Appointment appointment, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var (start, end, team) = (appointment.Start, appointment.End, service.Team);

        // A hold that ran out no longer blocks anyone: its desk time is free for whoever asks first.
        await db.SlotClaims
            .Where(c => c.Team == team && c.UnitStart >= start && c.UnitStart < end && c.ExpiresAt != null && c.ExpiresAt <= now)
            .ExecuteDeleteAsync(cancellationToken);
        var takenDesks = await db.SlotClaims
            .Where(c => c.Team == team && c.UnitStart >= start && c.UnitStart < end)
            .Select(c => c.Desk).Distinct().ToListAsync(cancellationToken);

        var desk = Enumerable.Range(1, grid.DesksOf(team)).Cast<int?>().FirstOrDefault(d => !takenDesks.Contains(d!.Value));
        if (desk is null)
        {
            return null;
        }

        appointment.Team = team;
        appointment.Desk = desk.Value;
        db.SlotClaims.AddRange(grid.UnitsOf(start, end).Select(unit => new SlotClaim
        {
            Team = team,
            Desk = desk.Value,
            UnitStart = unit,
            AppointmentId = appointment.Id,
            ExpiresAt = appointment.HoldExpiresAt,
        }));
        return desk;
    }
}
