using Microsoft.Extensions.Diagnostics.HealthChecks;
using Termine.Booking.Persistence;

namespace Termine.Bot.Api;

public static class HealthEndpoints
{
    public static IServiceCollection AddDatabaseHealthCheck(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary>`/health` answers 200 when the database is reachable, 503 when not.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health").DisableRateLimiting();
        return app;
    }

    private sealed class DatabaseHealthCheck(DatabaseMigrator database) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database cannot be reached.");
    }
}
