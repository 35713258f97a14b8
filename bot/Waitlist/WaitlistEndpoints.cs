using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Termine.Booking.Appointments;
using Termine.Booking.Waitlist;
using Termine.Bot.Api;

namespace Termine.Bot.Waitlist;

/// <summary>
/// The waiting list's REST contract (issue 17): join, leave, and answer an offer. Limited as booking is: every call
/// here writes.
/// </summary>
public static class WaitlistEndpoints
{
    public static IEndpointRouteBuilder MapWaitlistEndpoints(this IEndpointRouteBuilder app)
    {
        var list = app.MapGroup("api/waiting-list").WithTags("Waiting list");
        list.MapPost("", JoinAsync).WithName("JoinWaitingList").RequireRateLimiting(RateLimitingSetup.Writes);
        list.MapDelete("{reference}", LeaveAsync).WithName("LeaveWaitingList").RequireRateLimiting(RateLimitingSetup.Writes);
        var offers = app.MapGroup("api/offers").WithTags("Waiting list");
        offers.MapPost("{token}/accept", AcceptAsync).WithName("AcceptOffer").RequireRateLimiting(RateLimitingSetup.Writes);
        offers.MapPost("{token}/decline", DeclineAsync).WithName("DeclineOffer").RequireRateLimiting(RateLimitingSetup.Writes);
        return app;
    }

    /// <summary>
    /// Puts the resident on the list: 201 with the waiting reference; 409 with <c>slots</c> when slots that fit are free
    /// now (book one of them instead), or with <c>reason</c> <c>alreadyWaiting</c> (this e-mail address already waits
    /// for this service: the first entry stays, nothing is changed) or <c>alreadyBooked</c>.
    /// </summary>
    public static async Task<IResult> JoinAsync(
        WaitlistEntries entries, HttpContext context, [FromBody] WaitlistJoinBody body, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var birthDate = RequestDates.Parse(body.BirthDate, "birthDate", errors);
        var from = RequestDates.Parse(body.From, "from", errors);
        var to = RequestDates.Parse(body.To, "to", errors);
        var permitExpires = RequestDates.Parse(body.PermitExpires, "permitExpires", errors);
        var notBefore = ParseTime(body.NotBefore, "notBefore", errors);
        var notAfter = ParseTime(body.NotAfter, "notAfter", errors);
        var weekdays = ParseWeekdays(body.Weekdays, errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var request = new JoinRequest(body.ServiceId, body.Persons ?? 1,
            new PersonalData(body.FullName, birthDate, body.Email, body.Phone, body.Language ?? "de"),
            from, to, weekdays, notBefore, notAfter, permitExpires);
        var result = await entries.JoinAsync(request, cancellationToken);
        return result switch
        {
            JoinResult.Joined joined => TypedResults.Created($"/api/waiting-list/{joined.Reference}", new WaitlistJoinAnswer(joined.Reference)),
            _ => Problems.From(result),
        };
    }

    /// <summary>Leaves the list: 204, or 404 when no waiting entry has this reference and e-mail address.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> LeaveAsync(
        WaitlistEntries entries, string reference, [FromQuery] string? email, CancellationToken cancellationToken) =>
        await entries.LeaveAsync(reference, email, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotOnTheWaitingList();

    /// <summary>Books the offered slot: 201 with the booking, as POST /api/appointments answers; 410 when the offer is over.</summary>
    public static async Task<IResult> AcceptAsync(WaitlistOffers offers, string token, CancellationToken cancellationToken) =>
        await offers.AcceptAsync(token, cancellationToken) switch
        {
            OfferResult.Booked booked => TypedResults.Created(
                $"/api/appointments/{booked.Booking.Appointment.Reference}", BookingAnswer.From(booked.Booking.Appointment)),
            var other => Problems.From(other),
        };

    /// <summary>Declines: 204, and the slot goes to the next fitting resident; 410 when the offer is over.</summary>
    public static async Task<IResult> DeclineAsync(WaitlistOffers offers, string token, CancellationToken cancellationToken) =>
        await offers.DeclineAsync(token, cancellationToken) switch
        {
            OfferResult.Declined => TypedResults.NoContent(),
            var other => Problems.From(other),
        };

    private static TimeOnly? ParseTime(string? value, string field, List<FieldError> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        errors.Add(new(field, "format", $"'{field}' must be a time written HH:MM, for example 13:30."));
        return null;
    }

    private static HashSet<DayOfWeek>? ParseWeekdays(IReadOnlyList<string?>? values, List<FieldError> errors)
    {
        if (values is null)
        {
            return null;
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var (value, i) in values.Select((v, i) => (v, i)))
        {
            if (Enum.TryParse<DayOfWeek>(value, ignoreCase: true, out var day) && !int.TryParse(value, out _))
            {
                days.Add(day);
            }
            else
            {
                errors.Add(new($"weekdays[{i}]", "unknown", "Each weekday must be an English day name, for example Thursday."));
            }
        }

        return days;
    }
}
