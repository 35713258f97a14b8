using Microsoft.AspNetCore.Http.HttpResults;
using Termine.Booking.Appointments;

namespace Termine.Bot.Api;

/// <summary>Booking outcomes as RFC 9457 problem details, each with its status code.</summary>
public static class Problems
{
    public static ValidationProblem Validation(IEnumerable<FieldError> errors)
    {
        var list = errors.ToList();
        return TypedResults.ValidationProblem(
            list.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "One or more fields are not valid.",
            extensions: new Dictionary<string, object?>
            {
                ["codes"] = list.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray()),
            });
    }

    public static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Appointment not found",
            detail: "No open appointment matches this reference and e-mail address.", statusCode: StatusCodes.Status404NotFound);

    public static IResult From(BookingResult result) => result switch
    {
        BookingResult.Invalid invalid when invalid.Errors.Any(e => e.Code == "reused") => TypedResults.Problem(
            title: "Idempotency-Key reused", detail: invalid.Errors[0].Message, statusCode: StatusCodes.Status422UnprocessableEntity),
        BookingResult.Invalid invalid => Validation(invalid.Errors),
        BookingResult.SlotTaken or BookingResult.HoldExpired => TypedResults.Problem(
            title: "Slot taken", detail: "This slot has just been taken. Please choose another one.", statusCode: StatusCodes.Status409Conflict),
        BookingResult.LimitReached limit => TypedResults.Problem(
            title: "Limit reached",
            detail: limit.Reason == "openAppointments"
                ? "This e-mail address already has an open appointment for this service. Cancel or move it instead."
                : "Too many slots are held at once. Please finish or cancel one first.",
            statusCode: StatusCodes.Status429TooManyRequests),
        BookingResult.NotFound => NotFound(),
        _ => throw new InvalidOperationException($"Unexpected booking result {result.GetType().Name}."),
    };
}
