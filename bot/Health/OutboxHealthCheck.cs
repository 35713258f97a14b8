using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Termine.Booking.Notifications;

namespace Termine.Bot.Health;

/// <summary>
/// Whether the outbox keeps up: a message due for longer than <see cref="HealthOptions.OutboxMaxAge"/> means no host
/// is sending (the worker stopped, every round fails). A message that failed and waits for its retry is not due yet,
/// so a mail server that is down shows in the SMTP check, not here.
/// </summary>
internal sealed class OutboxHealthCheck(OutboxBacklog backlog, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var maxAge = options.Value.OutboxMaxAge;
        return await backlog.OldestDueAgeAsync(cancellationToken) switch
        {
            null => HealthCheckResult.Healthy("Nothing is due."),
            var age when age <= maxAge => HealthCheckResult.Healthy($"The oldest due message has waited {age:hh\\:mm\\:ss}."),
            var age => HealthCheckResult.Unhealthy(
                $"The oldest due message has waited {age:d\\.hh\\:mm\\:ss}, longer than Termine:Health:OutboxMaxAge ({maxAge:hh\\:mm\\:ss}): nothing is being sent."),
        };
    }
}
