using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Termine.Bot.Health;

/// <summary>
/// The readiness report as JSON: the overall status and each check's status and short description. A check that
/// threw shows only the exception's type, since messages can carry host names or more.
/// </summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Exception is { } failed ? $"The check failed ({failed.GetType().Name})." : e.Value.Description,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
