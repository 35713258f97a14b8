using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    private static readonly string[] AllowedHeaders = ["Authorization", "Content-Type", "Accept", "X-Requested-With", "x-ms-bot-agent"];

    /// <summary>
    /// Termine's own Direct Line: the adapter (with the middleware and error handler AddBotConnector registers, so call
    /// that first), the stores, the streams' notifier (LISTEN/NOTIFY on PostgreSQL, in process on SQLite), CORS for
    /// the configured origins and the rate limit of the page's token endpoint (AddApiRateLimiting adds the limiter).
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services)
    {
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DirectLineKeys>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineActivityStore>();
        services.AddSingleton<ActivitySignals>();
        services.AddSingleton<IActivityNotifier>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? ActivatorUtilities.CreateInstance<PostgresActivityNotifier>(sp)
                : ActivatorUtilities.CreateInstance<LocalActivityNotifier>(sp));
        services.AddHostedService<PostgresActivityListener>();
        services.AddSingleton<DirectLineStream>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<DirectLinePostLimits>();
        services.AddSingleton<IConversationRowsRetention, DirectLineRetention>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
                .WithOrigins([.. directLine.Value.AllowedOrigins.Select(o => o.TrimEnd('/'))])
                .WithHeaders(AllowedHeaders)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limiter, directLine) =>
            limiter.AddPolicy(WebChatTokenEndpoints.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                Hosting.ClientKeys.AddressOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = directLine.Value.WebChatTokensPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                })));
        return services;
    }
}
