using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Termine.Booking;
using Termine.Bot.Api;
using Termine.Bot.Hosting;

namespace Termine.Bot.WebBooking;

/// <summary>
/// The limits of the details and confirmation pages, per client address as the API's: a page view counts like a
/// look-up (<see cref="RateLimitingOptions.LookupsPerMinute"/>), a form sent like a write
/// (<see cref="RateLimitingOptions.WritesPerHour"/>). A resident who hits one gets a page in their language, not
/// the API's JSON.
/// </summary>
public sealed class WebBookingRateLimits(IOptions<RateLimitingOptions> limits) : IRateLimiterPolicy<string>
{
    public const string Policy = "web-booking";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, cancellationToken) =>
        new(RejectAsync(context.HttpContext, cancellationToken));

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var address = ClientKeys.AddressOf(httpContext);
        return HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter("get " + address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.Value.LookupsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            })
            : RateLimitPartition.GetSlidingWindowLimiter("post " + address, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = limits.Value.WritesPerHour, Window = TimeSpan.FromHours(1), SegmentsPerWindow = 6, QueueLimit = 0,
            });
    }

    private static async Task RejectAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var language = Languages.TryNormalize(context.Request.Query["lang"], out var chosen) ? chosen
            : context.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(v => v.Quality ?? 1)
                .Select(v => Languages.TryNormalize(v.Value.Value, out var l) ? l : null).FirstOrDefault(l => l is not null)
            ?? Languages.Default;
        var texts = WebBookingTexts.Texts;
        var title = Encoder.Encode(texts["Form.TooMany.Title", language]);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "60";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{language}" dir="{(Languages.IsRightToLeft(language) ? "rtl" : "ltr")}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
            <title>{title}</title><link rel="stylesheet" href="/resident.css"></head>
            <body><main id="main"><h1>{title}</h1><p>{Encoder.Encode(texts["Form.TooMany.Text", language])}</p></main></body>
            </html>
            """, cancellationToken);
    }
}
