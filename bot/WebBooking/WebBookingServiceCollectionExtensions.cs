using Microsoft.AspNetCore.RateLimiting;

namespace Termine.Bot.WebBooking;

public static class WebBookingServiceCollectionExtensions
{
    /// <summary>The booking pages under <c>/termin</c> for residents who book without the chat.</summary>
    public static IServiceCollection AddWebBooking(this IServiceCollection services)
    {
        services.AddSingleton<HoldTickets>();
        services.AddSingleton<DetailsSeal>();
        services.AddSingleton<DetailsCheck>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, WebBookingRateLimits>(WebBookingRateLimits.Policy));
        return services;
    }
}
