using Microsoft.AspNetCore.Routing;

namespace Termine.Bot.Hosting;

/// <summary>
/// One line per request with the route pattern (/appointment/{token}), never the path or the query: the residents'
/// pages and the Direct Line socket carry tokens in them. ASP.NET Core's own request lines print the raw path, which is
/// why Microsoft.AspNetCore stays at Warning in appsettings.json.
/// </summary>
public static partial class RequestLog
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
                LogRequest(logger, context.Request.Method, route, context.Response.StatusCode, time.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        return app;
    }

    [LoggerMessage(EventId = 9130, Level = LogLevel.Information, Message = "{Method} {Route} answered {StatusCode} in {ElapsedMilliseconds:0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double elapsedMilliseconds);
}
