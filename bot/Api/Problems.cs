using Microsoft.AspNetCore.Http.HttpResults;
using Termine.Booking.Appointments;
using Termine.Booking.Waitlist;

namespace Termine.Bot.Api;

/// <summary>
/// Every outcome of a booking or a change that is not a success, as RFC 9457 problem details with its status code;
/// the one place an outcome becomes an HTTP answer. ProblemsMappingTests pins each answer and that every case is mapped.
/// </summary>
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
        BookingResult.KeyReused => TypedResults.Problem(
            title: "Idempotency-Key reused", detail: "This Idempotency-Key was used for a different request.",
            statusCode: StatusCodes.Status422UnprocessableEntity),
        BookingResult.Invalid invalid => Validation(invalid.Errors),
        BookingResult.SlotTaken or BookingResult.HoldExpired => SlotTaken(),
        BookingResult.LimitReached limit => LimitReached(limit.Limit),
        BookingResult.NotFound => NotFound(),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "A success is no problem."),
    };

    public static IResult From(CancelResult result) => result switch
    {
        CancelResult.NotFound => NotFound(),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "A success is no problem."),
    };

    public static IResult From(MoveResult result) => result switch
    {
        MoveResult.NotFound => NotFound(),
        MoveResult.Invalid invalid => Validation(invalid.Errors),
        MoveResult.SlotTaken => SlotTaken(),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "A success is no problem."),
    };

    public static ProblemHttpResult NotOnTheWaitingList() =>
        TypedResults.Problem(title: "Not on the waiting list",
            detail: "No waiting entry matches this reference and e-mail address.", statusCode: StatusCodes.Status404NotFound);

    public static IResult From(JoinResult result) => result switch
    {
        JoinResult.Invalid invalid => Validation(invalid.Errors),
        JoinResult.SlotsFree free => TypedResults.Problem(
            title: "Slots are free", detail: "Slots that fit this wish are free now. Book one of them instead of waiting.",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["reason"] = "slotsFree",
                ["slots"] = free.Slots.Select(s => new SlotResponse(s.Start, s.End, s.Available)).ToList(),
            }),
        JoinResult.AlreadyBooked => Conflict("alreadyBooked", "Already booked",
            "This e-mail address already has an open appointment for this service. Move it instead."),
        JoinResult.AlreadyWaiting => Conflict("alreadyWaiting", "Already on the waiting list",
            "This e-mail address already waits for this service. Leave the list first to change the wish."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "A success is no problem."),
    };

    /// <summary>An answer to an offer that booked nothing: refused by a booking rule, over, or no such offer.</summary>
    public static IResult From(OfferResult result) => result switch
    {
        OfferResult.Refused refused => From(refused.Reason),
        OfferResult.NotFound => TypedResults.Problem(title: "Offer not found", detail: "No offer has this token.", statusCode: StatusCodes.Status404NotFound),
        OfferResult.Gone => TypedResults.Problem(title: "Offer over",
            detail: "This offer has expired or was already answered; the slot is no longer held.", statusCode: StatusCodes.Status410Gone),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "A success is no problem."),
    };

    private static ProblemHttpResult Conflict(string reason, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["reason"] = reason });

    private static ProblemHttpResult SlotTaken() => TypedResults.Problem(
        title: "Slot taken", detail: "This slot has just been taken. Please choose another one.", statusCode: StatusCodes.Status409Conflict);

    private static ProblemHttpResult LimitReached(BookingLimit limit) => TypedResults.Problem(
        title: "Limit reached",
        detail: limit switch
        {
            BookingLimit.OpenAppointments => "This e-mail address already has an open appointment for this service. Cancel or move it instead.",
            BookingLimit.Holds => "Too many slots are held at once. Please finish or cancel one first.",
            _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, "Every limit needs its own detail."),
        },
        statusCode: StatusCodes.Status429TooManyRequests);
}
