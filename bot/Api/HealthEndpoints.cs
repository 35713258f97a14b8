using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Termine.Booking.Notifications;
using Termine.Bot.Health;

namespace Termine.Bot.Api;

public static class HealthEndpoints
{
    private const string Ready = "ready";

    /// <summary>
    /// The readiness checks: the database (readable, writable, the one opened at start), the outbox (not stuck), and,
    /// when an SMTP host is configured, the SMTP server (degraded only).
    /// </summary>
    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<OutboxHealthCheck>("outbox", tags: [Ready]);
        services.AddOptions<HealthCheckServiceOptions>().Configure<IOptions<MailOptions>>((health, mail) =>
        {
            if (!string.IsNullOrWhiteSpace(mail.Value.Smtp.Host))
            {
                health.Registrations.Add(new HealthCheckRegistration(
                    "smtp", sp => ActivatorUtilities.CreateInstance<SmtpHealthCheck>(sp), HealthStatus.Degraded, [Ready]));
            }
        });
        return services;
    }

    /// <summary>
    /// `/health/live`: 200 while the process runs, no checks (for a restart decision). `/health/ready`: every check
    /// as JSON, 503 when one is unhealthy, 200 when healthy or degraded (for the load balancer). `/health`: the same
    /// checks as ready with a one-word body, kept for monitors set up before the split.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).DisableRateLimiting();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).DisableRateLimiting();
        return app;
    }
}
