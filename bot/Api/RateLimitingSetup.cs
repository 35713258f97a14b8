using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Termine.Bot.Hosting;

namespace Termine.Bot.Api;

public static class RateLimitingSetup
{
    public const string Reads = "reads";
    public const string Writes = "writes";
    public const string Lookups = "lookups";
    public const string CheckIns = "checkins";

    /// <summary>
    /// Per-client limits on the anonymous endpoints, partitioned by the connection's address (the host runs behind a
    /// proxy only with forwarded headers configured, so the address cannot be chosen by the caller).
    /// </summary>
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, limits) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await TypedResults.Problem(
                    title: "Too many requests", detail: "Please wait a moment before trying again.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(Reads, context => PerMinute(context, limits.Value.ReadsPerMinute));
            limiter.AddPolicy(Lookups, context => PerMinute(context, limits.Value.LookupsPerMinute));
            limiter.AddPolicy(CheckIns, context => PerMinute(context, limits.Value.CheckInsPerMinute));
            limiter.AddPolicy(Writes, context => RateLimitPartition.GetSlidingWindowLimiter(
                Partition(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limits.Value.WritesPerHour, Window = TimeSpan.FromHours(1), SegmentsPerWindow = 6, QueueLimit = 0,
                }));
        });
        return services;
    }

    /// <summary>Each policy counts on its own, so the check-in terminal's busy morning spends nothing of the look-ups.</summary>
    private static RateLimitPartition<string> PerMinute(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(Partition(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
        });

    private static string Partition(HttpContext context) => ClientKeys.AddressOf(context);
}
