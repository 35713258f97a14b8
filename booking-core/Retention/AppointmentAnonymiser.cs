using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Retention;

/// <summary>
/// Removes the personal data of appointments whose day lies more than <see cref="RetentionOptions.Days"/> back, in
/// every status (held and expired holds too). Service, time, persons, channel, language and status stay for the
/// statistics; the tokens' hashes go, so the QR code and the e-mail's link stop working; the appointment's outbox
/// messages, idempotency records and further persons (companions) go with it.
/// </summary>
public sealed class AppointmentAnonymiser(IDbContextFactory<BookingDbContext> contexts, OfficeClock clock, IOptions<RetentionOptions> options)
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
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var ids = await db.Appointments.AsNoTracking()
                .Where(a => a.AnonymisedAt == null && a.Start < cutoff)
                .OrderBy(a => a.Start)
                .Select(a => a.Id)
                .Take(settings.BatchSize)
                .ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // "AnonymisedAt == null" again: another host may have taken the same batch; each row is done once.
            total += await db.Appointments
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
            await db.OutboxMessages.Where(m => ids.Contains(m.AppointmentId)).ExecuteDeleteAsync(cancellationToken);
            await db.IdempotencyRecords.Where(r => ids.Contains(r.AppointmentId)).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return total;
    }
}
