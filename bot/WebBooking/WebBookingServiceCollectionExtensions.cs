using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Termine.Bot.Api;

namespace Termine.Bot.WebBooking;

public static class WebBookingServiceCollectionExtensions
{
    /// <summary>The booking pages under <c>/termin</c> for residents who book without the chat.</summary>
    public static IServiceCollection AddWebBooking(this IServiceCollection services)
    {
        services.AddSingleton<HoldTickets>();
        services.AddSingleton<DetailsSeal>();
        services.AddSingleton<DetailsCheck>();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((limiter, limits) =>
            limiter.AddPolicy(WebBookingRateLimits.Pages, new WebBookingRateLimits(limits)));
        return services;
    }
}
