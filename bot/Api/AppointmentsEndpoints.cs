using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Termine.Booking.Appointments;
using Termine.Bot.Hosting;

namespace Termine.Bot.Api;

public static class AppointmentsEndpoints
{
    public static IEndpointRouteBuilder MapAppointmentsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/appointments").WithTags("Appointments");
        group.MapPost("", BookAsync).WithName("BookAppointment").RequireRateLimiting(RateLimitingSetup.Writes);
        group.MapGet("{reference}", GetAsync).WithName("GetAppointment").RequireRateLimiting(RateLimitingSetup.Lookups);
        group.MapDelete("{reference}", CancelAsync).WithName("CancelAppointment").RequireRateLimiting(RateLimitingSetup.Writes);
        group.MapPost("{reference}/move", MoveAsync).WithName("MoveAppointment").RequireRateLimiting(RateLimitingSetup.Writes);
        return app;
    }

    /// <summary>Books a slot. Send an Idempotency-Key header to make a retry safe.</summary>
    public static async Task<IResult> BookAsync(
        BookingService bookings, HttpContext context, [FromBody] BookingRequestBody body,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var start = ParseInstant(body.Start, "start", errors);
        var birthDate = RequestDates.Parse(body.BirthDate, "birthDate", errors);
        var companions = ParseCompanions(body.Companions, errors);
        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > 128 || idempotencyKey.Any(c => c is < '!' or > '~')))
        {
            errors.Add(new("Idempotency-Key", "invalid", "The Idempotency-Key header must be 1 to 128 printable ASCII characters."));
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var request = new BookingRequest(body.ServiceId, start, body.Persons ?? 1,
            new PersonalData(body.FullName, birthDate, body.Email, body.Phone, body.Language ?? "de") { Companions = companions });
        var result = await bookings.BookAsync(request, ClientKeys.For(context), idempotencyKey, cancellationToken);
        return result switch
        {
            BookingResult.Booked booked => TypedResults.Created($"/api/appointments/{booked.Appointment.Reference}", BookingAnswer.From(booked.Appointment)),
            _ => Problems.From(result),
        };
    }

    public static async Task<Results<Ok<BookingAnswer>, ProblemHttpResult>> GetAsync(
        AppointmentChanges changes, string reference, [FromQuery] string? email, CancellationToken cancellationToken) =>
        await changes.FindAsync(new AppointmentProof.ReferenceAndEmail(reference, email), cancellationToken) is { } appointment
            ? TypedResults.Ok(BookingAnswer.From(appointment))
            : Problems.NotFound();

    public static async Task<IResult> CancelAsync(
        AppointmentChanges changes, string reference, [FromQuery] string? email, CancellationToken cancellationToken)
    {
        var result = await changes.CancelAsync(new AppointmentProof.ReferenceAndEmail(reference, email), cancellationToken);
        return result is CancelResult.Cancelled cancelled ? TypedResults.Ok(BookingAnswer.From(cancelled.Appointment)) : Problems.From(result);
    }

    public static async Task<IResult> MoveAsync(
        AppointmentChanges changes, string reference, [FromBody] MoveRequestBody body, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var start = ParseInstant(body.Start, "start", errors);
        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var result = await changes.RescheduleAsync(new AppointmentProof.ReferenceAndEmail(reference, body.Email), start, cancellationToken);
        return result is MoveResult.Moved moved ? TypedResults.Ok(BookingAnswer.From(moved.Appointment)) : Problems.From(result);
    }

    private static DateTimeOffset? ParseInstant(string? value, string field, List<FieldError> errors)
    {
        if (value is null)
        {
            return null;
        }

        // An offset is required: a time without one would silently mean the server's zone.
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant;
        }

        errors.Add(new(field, "format", $"'{field}' must be an ISO 8601 date and time with offset, for example 2026-12-01T09:00:00+01:00."));
        return null;
    }

    /// <summary>
    /// Each further person needs a name and a date; a missing one is named here by its position, the rest of the
    /// rules are the core's.
    /// </summary>
    private static List<Companion> ParseCompanions(IReadOnlyList<CompanionBody?>? bodies, List<FieldError> errors)
    {
        var companions = new List<Companion>();
        foreach (var (body, i) in (bodies ?? []).Select((b, i) => (b, i)))
        {
            var field = $"companions[{i}]";
            if (body is null)
            {
                errors.Add(new(field, "required", $"'{field}' must be an object with fullName and birthDate."));
                continue;
            }

            var birthDate = RequestDates.Parse(body.BirthDate, $"{field}.birthDate", errors);
            if (body.BirthDate is null)
            {
                errors.Add(new($"{field}.birthDate", "required", "The date of birth is required (YYYY-MM-DD)."));
            }

            companions.Add(new Companion(body.FullName ?? "", birthDate ?? default));
        }

        return companions;
    }
}
