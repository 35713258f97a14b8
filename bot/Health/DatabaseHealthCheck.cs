using Microsoft.Extensions.Diagnostics.HealthChecks;
using Termine.Booking.Persistence.Identity;

namespace Termine.Bot.Health;

/// <summary>Readable, writable and the database opened at start; anything else and nothing can be booked.</summary>
internal sealed class DatabaseHealthCheck(DatabaseProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await probe.ProbeAsync(cancellationToken) switch
        {
            DatabaseState.Available => HealthCheckResult.Healthy("Readable, writable, and the database opened at start."),
            DatabaseState.Unavailable { Reason: DatabaseUnavailableReason.FileMissing } => HealthCheckResult.Unhealthy(
                "The database file opened at start is no longer at its path; writes are refused. Restore it and restart."),
            DatabaseState.Unavailable { Reason: DatabaseUnavailableReason.FileReplaced } => HealthCheckResult.Unhealthy(
                "Another file is at the database's path than the one opened at start; writes are refused. Restart to check it."),
            DatabaseState.Unavailable { Reason: DatabaseUnavailableReason.OtherDatabase } => HealthCheckResult.Unhealthy(
                "The database answers with another database id than the one opened at start; writes are refused."),
            DatabaseState.Unavailable { Reason: DatabaseUnavailableReason.ReadOnly } => HealthCheckResult.Unhealthy(
                "The database is read-only; writes are refused."),
            DatabaseState.Unreachable unreachable => HealthCheckResult.Unhealthy(
                $"The database cannot be reached ({unreachable.ErrorType})."),
            var state => throw new InvalidOperationException($"Unexpected database state {state.GetType().Name}."),
        };
}
