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
/// The web booking pages' limits: showing a page counts as the API's reads do, holding a time as its writes do (the
/// same numbers from <c>Termine:RateLimiting</c>, counted on their own). A refusal is an HTML page in the resident's
/// language, not the API's problem details, because a person reads it in a browser.
/// </summary>
public sealed class WebBookingRateLimits(IOptions<RateLimitingOptions> limits) : IRateLimiterPolicy<string>
{
    public const string Pages = "webbooking-pages";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    /// <summary>A GET counts against the reads, anything else (the hold, a booking) against the writes.</summary>
    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var address = ClientKeys.AddressOf(httpContext);
        return HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter("read|" + address, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limits.Value.ReadsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            })
            : RateLimitPartition.GetSlidingWindowLimiter("write|" + address, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = limits.Value.WritesPerHour, Window = TimeSpan.FromHours(1), SegmentsPerWindow = 6, QueueLimit = 0,
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var language = LanguageOf(http.Request);
        var t = WebBookingTexts.Texts;
        var title = Encoder.Encode(t["Hold.TooMany.Title", language]);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = "60";
        http.Response.ContentType = "text/html; charset=utf-8";
        var html = $"""
            <!DOCTYPE html>
            <html lang="{language}" dir="{(Languages.IsRightToLeft(language) ? "rtl" : "ltr")}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>{title}</title><link rel="stylesheet" href="/resident.css"></head>
            <body><main id="main"><h1>{title}</h1><p>{Encoder.Encode(t["Hold.TooMany", language])}</p><p><a href="/termin?lang={language}">{Encoder.Encode(t["Services.Title", language])}</a></p></main></body>
            </html>
            """;
        await http.Response.WriteAsync(html, cancellationToken);
    }

    /// <summary>The page's <c>lang</c> (the address carries it on every form of these pages), else the browser's, else German.</summary>
    private static string LanguageOf(HttpRequest request)
    {
        if (Languages.TryNormalize(request.Query["lang"].ToString(), out var chosen))
        {
            return chosen;
        }

        return request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => Languages.TryNormalize(value.Value.Value, out var language) ? language : null)
            .FirstOrDefault(language => language is not null) ?? Languages.Default;
    }
}
