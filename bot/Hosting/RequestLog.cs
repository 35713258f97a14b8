using Microsoft.AspNetCore.Routing;

namespace Termine.Bot.Hosting;

/// <summary>
/// One line per request with the route pattern (/appointment/{token}), never the path or the query: the residents'
/// pages and the Direct Line socket carry tokens in them. ASP.NET Core's own request lines print the raw path, which is
/// why Microsoft.AspNetCore stays at Warning in appsettings.json. A server error is a Warning; every other request an
/// Information line, which appsettings.json leaves off: written to the console for every turn it cost the web chat
/// 1.5 ms of its median reply and doubled its 95th percentile under load (docs/PERFORMANCE.md, issue 13).
/// </summary>
public static class RequestLog
{
    public static WebApplication UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLog).FullName!);
        var time = app.Services.GetRequiredService<TimeProvider>();
        app.Use(async (context, next) =>
        {
            var started = time.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                // Razor Pages' patterns come without the leading slash the API's have.
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } pattern ? "/" + pattern.TrimStart('/') : "(no route)";
                var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
                if (context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
                {
                    logger.RequestFailed(context.Request.Method, route, context.Response.StatusCode, elapsed);
                }
                else
                {
                    logger.RequestAnswered(context.Request.Method, route, context.Response.StatusCode, elapsed);
                }
            }
        });
        return app;
    }
}
