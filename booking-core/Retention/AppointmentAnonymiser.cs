using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Retention;

/// <summary>
/// Removes the personal data of appointments whose day lies more than <see cref="RetentionOptions.Days"/> back, in
/// every status (held and expired holds too). Service, time, persons, channel, language and status stay for the
/// statistics; the tokens' hashes go, so the QR code and the e-mail's link stop working; the appointment's outbox
/// messages, idempotency records and further persons (companions) go with it. Each batch is one unit of work, so the
/// residents' bookings wait behind at most one batch.
/// </summary>
public sealed class AppointmentAnonymiser(DatabaseWrites<BookingDbContext> writes, OfficeClock clock, IOptions<RetentionOptions> options)
    : IRetentionStep
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var cutoff = clock.ToInstant(clock.Today.AddDays(-settings.Days), TimeOnly.MinValue);
        var now = clock.UtcNow;
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (found, anonymised) = await writes.RunAsync((db, ct) => AnonymiseBatchAsync(db, cutoff, now, settings.BatchSize, ct), cancellationToken);
            if (found == 0)
            {
                break;
            }

            total += anonymised;
        }

        return total;
    }

    /// <returns>How many appointments the batch found, and how many of them this run anonymised.</returns>
    private static async Task<(int Found, int Anonymised)> AnonymiseBatchAsync(
        BookingDbContext db, DateTimeOffset cutoff, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var ids = await db.Appointments.AsNoTracking()
            .Where(a => a.AnonymisedAt == null && a.Start < cutoff)
            .OrderBy(a => a.Start)
            .Select(a => a.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return (0, 0);
        }

        // "AnonymisedAt == null" again: another host may have taken the same batch; each row is done once.
        var anonymised = await db.Appointments
            .Where(a => ids.Contains(a.Id) && a.AnonymisedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(a => a.FullName, (string?)null)
                .SetProperty(a => a.BirthDate, (DateOnly?)null)
                .SetProperty(a => a.Email, (string?)null)
                .SetProperty(a => a.Phone, (string?)null)
                .SetProperty(a => a.ChannelAddress, (string?)null)
                .SetProperty(a => a.CheckInTokenHash, (byte[]?)null)
                .SetProperty(a => a.ManageTokenHash, (byte[]?)null)
                .SetProperty(a => a.ClientKey, "")
                .SetProperty(a => a.AnonymisedAt, now), cancellationToken);
        await db.AppointmentCompanions.Where(c => ids.Contains(c.AppointmentId)).ExecuteDeleteAsync(cancellationToken);
        await db.OutboxMessages.Where(m => m.AppointmentId != null && ids.Contains(m.AppointmentId.Value)).ExecuteDeleteAsync(cancellationToken);
        await db.IdempotencyRecords.Where(r => ids.Contains(r.AppointmentId)).ExecuteDeleteAsync(cancellationToken);
        return (ids.Count, anonymised);
    }
}
