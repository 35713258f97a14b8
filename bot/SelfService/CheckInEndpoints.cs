using Microsoft.AspNetCore.Http.HttpResults;
using Termine.Booking.CheckIn;
using Termine.Booking.Localization;
using Termine.Bot.Api;

namespace Termine.Bot.SelfService;

public static class CheckInEndpoints
{
    public static IEndpointRouteBuilder MapCheckInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/checkin", CheckInAsync).WithTags("Check-in").WithName("CheckIn").RequireRateLimiting(RateLimitingSetup.CheckIns);
        return app;
    }

    public sealed record CheckInRequest(string? Token);

    /// <summary>What the waiting-area terminal shows: the number and a line in the resident's language.</summary>
    public sealed record CheckInAnswer(int WaitingNumber, bool Again, string Reference, DateTimeOffset Start, string Language, string Message);

    /// <summary>Marks the resident arrived; a second scan returns the same number.</summary>
    public static async Task<Results<Ok<CheckInAnswer>, ProblemHttpResult>> CheckInAsync(
        CheckInService checkIn, CheckInRequest request, CancellationToken cancellationToken)
    {
        var t = PageTexts.Texts;
        var result = await checkIn.CheckInAsync(request.Token, cancellationToken);
        return result switch
        {
            CheckInResult.CheckedIn c => TypedResults.Ok(new CheckInAnswer(
                c.WaitingNumber, c.Again, c.Appointment.Reference, c.Appointment.Start, c.Appointment.Language,
                t[c.Again ? "CheckIn.Done.Already" : "CheckIn.Done", c.Appointment.Language])),
            CheckInResult.WrongDay w => Refusal(StatusCodes.Status409Conflict, w.Appointment.Language,
                t.Get("CheckIn.WrongDay", w.Appointment.Language, AppointmentTimes.DateAndTime(w.Appointment.Start, w.Appointment.Language))),
            CheckInResult.Cancelled c => Refusal(StatusCodes.Status409Conflict, c.Appointment.Language, t["CheckIn.Cancelled", c.Appointment.Language]),
            _ => Refusal(StatusCodes.Status404NotFound, "de", t["CheckIn.Unknown", "de"]),
        };
    }

    private static ProblemHttpResult Refusal(int status, string language, string message) =>
        TypedResults.Problem(title: message, statusCode: status, extensions: new Dictionary<string, object?> { ["language"] = language });
}
