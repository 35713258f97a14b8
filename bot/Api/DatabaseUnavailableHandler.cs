using System.Net.Mime;
using Microsoft.AspNetCore.Diagnostics;
using Termine.Booking.Persistence.Identity;

namespace Termine.Bot.Api;

/// <summary>
/// Answers every request that met a lost or read-only database with 503 and "nothing was saved", instead of a 500
/// (or, worse, a 201 for a row in a deleted file): problem details for the APIs, a short German page for the staff
/// pages. Where the failure struck does not matter, so one handler serves every endpoint.
/// </summary>
internal sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger)
    : IExceptionHandler
{
    public const string Title = "The appointment database is not available; nothing was saved. Please try again later.";

    private const string StaffPage = """
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="utf-8"><title>Datenbank nicht verfügbar</title></head>
        <body><h1>Die Termindatenbank ist nicht verfügbar</h1>
        <p>Es wurde nichts gespeichert. Bitte versuchen Sie es später noch einmal und melden Sie die Störung der IT.</p></body></html>
        """;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseUnavailableException.ReasonOf(exception) is not { } reason)
        {
            return false;
        }

        logger.RefusedWithoutDatabase(reason);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "60";
        if (httpContext.Request.Path.StartsWithSegments("/admin"))
        {
            httpContext.Response.ContentType = MediaTypeNames.Text.Html + "; charset=utf-8";
            await httpContext.Response.WriteAsync(StaffPage, cancellationToken);
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Title = Title, Status = StatusCodes.Status503ServiceUnavailable },
        });
    }
}
