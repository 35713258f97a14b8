using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Retention;
using Termine.Bot.State;

namespace Termine.Bot.Admin.ActionLog;

/// <summary>
/// Deletes action log entries older than <see cref="RetentionOptions.ActionLogDays"/> (the log holds no personal data,
/// so it is kept longer than conversations). Idempotent, so several hosts may run it at once.
/// </summary>
public sealed class ActionLogRetention(DatabaseWrites<BotDbContext> writes, TimeProvider time, IOptions<RetentionOptions> options)
    : IRetentionStep
{
    public Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().AddDays(-options.Value.ActionLogDays);
        return writes.RunAsync((db, ct) => db.StaffActions.Where(a => a.At < cutoff).ExecuteDeleteAsync(ct), cancellationToken);
    }
}
