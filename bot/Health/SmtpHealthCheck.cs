using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Termine.Booking.Notifications;

namespace Termine.Bot.Health;

/// <summary>
/// Whether the SMTP server greets. Degraded, not unhealthy, when it does not: bookings still work and their e-mails
/// wait in the outbox until the server is back. Registered only when an SMTP host is configured.
/// </summary>
internal sealed class SmtpHealthCheck(SmtpGreeting greeting, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await greeting.ProbeAsync(options.Value.SmtpTimeout, cancellationToken) is { } problem
            ? new HealthCheckResult(context.Registration.FailureStatus, $"The SMTP server {problem}; e-mails wait in the outbox.")
            : HealthCheckResult.Healthy("The SMTP server greets.");
}
