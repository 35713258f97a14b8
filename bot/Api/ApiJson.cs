using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;
using Termine.Booking.Appointments;

namespace Termine.Bot.Api;

/// <summary>
/// How the API reads JSON, in one place: numbers only as numbers (<c>"persons": "2"</c> is refused, not read as 2),
/// no property twice (which of the two would count is a guess), unknown properties ignored (a client a version ahead
/// keeps working, and nothing unknown is stored). A body that does not bind is a 400 validation problem naming the
/// field by its JSON path, not an empty 400.
/// </summary>
public static class ApiJson
{
    public static IServiceCollection AddApiJson(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
            options.SerializerOptions.AllowDuplicateProperties = false;
        });
        // Binding failures become exceptions, so BindingProblems can name the field; without this they are an empty 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BindingProblems>();
        return services;
    }

    /// <summary>A request the endpoint could not bind: 400 (or the status the framework chose) as problem details.</summary>
    private sealed class BindingProblems : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            IResult result = bad.InnerException is JsonException json
                ? Problems.Validation([Error(json)])
                : TypedResults.Problem(title: "The request is not valid.", detail: bad.Message, statusCode: bad.StatusCode);
            await result.ExecuteAsync(context);
            return true;
        }

        private static FieldError Error(JsonException json)
        {
            var field = json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            return new FieldError(field, "type",
                $"'{field}' is not valid here: numbers are written as numbers, text in quotes, and no property twice.");
        }
    }
}
