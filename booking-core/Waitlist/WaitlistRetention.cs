using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Retention;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Deletes waiting-list entries <see cref="RetentionOptions.Days"/> after their window ended, whatever became of them,
/// with their offers and outbox messages (both cascade). An accepted offer's appointment stays: it is an appointment
/// like any other, anonymised by <see cref="AppointmentAnonymiser"/>. Batches, idempotent, several hosts at once.
/// </summary>
public sealed class WaitlistRetention(DatabaseWrites<BookingDbContext> writes, OfficeClock clock, IOptions<RetentionOptions> options)
    : IRetentionStep
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = clock.Today.AddDays(-settings.Days);
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var deleted = await writes.RunAsync(async (db, ct) =>
            {
                var ids = await db.WaitlistEntries.AsNoTracking().Where(e => e.To < cutoff)
                    .OrderBy(e => e.To).Select(e => e.Id).Take(settings.BatchSize).ToListAsync(ct);
                return ids.Count == 0 ? 0 : await db.WaitlistEntries.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(ct);
            }, cancellationToken);
            if (deleted == 0)
            {
                break;
            }

            total += deleted;
        }

        return total;
    }
}
