using System.Text;
using Termine.Booking.Notifications;
using Termine.Bot.Api;

namespace Termine.Bot.WebBooking;

public static class CalendarEndpoints
{
    /// <summary>
    /// "Add to calendar" on the web booking's confirmation: the confirmation e-mail's calendar file, found by the manage
    /// token (the address names no person). Opening it changes nothing.
    /// </summary>
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/appointment/{token}/calendar.ics", async (string token, AppointmentConfirmations confirmations, CancellationToken cancellationToken) =>
                await confirmations.CalendarFileAsync(token, cancellationToken) is { } calendar
                    ? Results.File(Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", "termin.ics")
                    : Results.NotFound())
            .RequireRateLimiting(RateLimitingSetup.Lookups)
            .ExcludeFromDescription();
        return app;
    }
}
