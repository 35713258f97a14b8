using Microsoft.Extensions.Options;
using Termine.Booking.Scheduling;
using Termine.Booking.WaitingArea;
using Termine.Bot.Api;

namespace Termine.Bot.WaitingArea;

public static class WaitingAreaEndpoints
{
    public static IEndpointRouteBuilder MapWaitingAreaEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/waiting-area/display", DisplayAsync).WithTags("Waiting area").WithName("WaitingAreaDisplay")
            .RequireRateLimiting(RateLimitingSetup.Reads);
        return app;
    }

    /// <summary>One call on the display: the waiting number and the desk, never who it is.</summary>
    /// <param name="Key">Tells a new call (or the same number called again) from the one already shown.</param>
    public sealed record DisplayCallAnswer(int Number, string Desk, DateTimeOffset CalledAt, string Time, bool Current, string Key);

    public sealed record DisplayAnswer(IReadOnlyList<DisplayCallAnswer> Calls);

    /// <summary>The waiting-room display's state, polled every few seconds by /display.</summary>
    public static async Task<DisplayAnswer> DisplayAsync(
        WaitingList waiting, OfficeClock clock, IOptions<WaitingAreaOptions> options, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var calls = await waiting.DisplayAsync(options.Value.DisplayCalls, cancellationToken);
        return new DisplayAnswer(calls.Select(c => ToAnswer(c, clock)).ToList());
    }

    public static DisplayCallAnswer ToAnswer(DisplayCall call, OfficeClock clock)
    {
        var local = clock.ToLocal(call.CalledAt);
        return new DisplayCallAnswer(
            call.WaitingNumber, call.Desk, local, local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), call.Current,
            $"{call.WaitingNumber}|{call.Desk}|{call.CalledAt.UtcTicks}");
    }
}
