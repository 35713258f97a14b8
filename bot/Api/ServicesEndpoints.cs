using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Termine.Booking;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;

namespace Termine.Bot.Api;

public static class ServicesEndpoints
{
    /// <summary>The longest range one slot request may cover.</summary>
    public const int MaxRangeDays = 92;

    public static IEndpointRouteBuilder MapServicesEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("api/services").WithTags("Services").RequireRateLimiting(RateLimitingSetup.Reads);
        group.MapGet("", GetServices).WithName("GetServices");
        group.MapGet("{id}", GetService).WithName("GetService");
        group.MapGet("{id}/slots", GetSlotsAsync).WithName("GetSlots");
        return app;
    }

    public static Results<Ok<IReadOnlyList<ServiceResponse>>, ValidationProblem> GetServices(ServiceCatalog catalog, string? lang)
    {
        if (!TryLanguage(lang, out var language, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok<IReadOnlyList<ServiceResponse>>(catalog.Services.Select(s => ToResponse(s, language)).ToList());
    }

    public static Results<Ok<ServiceResponse>, NotFound, ValidationProblem> GetService(ServiceCatalog catalog, string id, string? lang)
    {
        if (!TryLanguage(lang, out var language, out var problem))
        {
            return problem;
        }

        return catalog.Find(id) is { } service ? TypedResults.Ok(ToResponse(service, language)) : TypedResults.NotFound();
    }

    /// <param name="from">First day, YYYY-MM-DD (default today).</param>
    /// <param name="to">Last day, YYYY-MM-DD (default 28 days after from).</param>
    /// <param name="persons">How many people come (default 1).</param>
    /// <param name="limit">At most this many slots, nearest first.</param>
    public static async Task<Results<Ok<IReadOnlyList<SlotResponse>>, NotFound, ValidationProblem>> GetSlotsAsync(
        SlotFinder finder, OfficeClock clock, string id, string? from, string? to, int? persons, int? limit,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var first = ParseDate(from, "from", clock.Today, errors);
        var last = ParseDate(to, "to", first.AddDays(28), errors);
        if (errors.Count == 0 && (last < first || last.DayNumber - first.DayNumber >= MaxRangeDays))
        {
            errors["to"] = [$"'to' must be on or after 'from' and at most {MaxRangeDays} days later."];
        }

        if (persons is < 1 or > 20)
        {
            errors["persons"] = ["'persons' must be between 1 and 20."];
        }

        if (limit is < 1 or > 1000)
        {
            errors["limit"] = ["'limit' must be between 1 and 1000."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var slots = await finder.FindAsync(new SlotQuery(id, first, last, persons ?? 1, Limit: limit ?? int.MaxValue), cancellationToken);
        return slots is null
            ? TypedResults.NotFound()
            : TypedResults.Ok<IReadOnlyList<SlotResponse>>(slots.Select(s => new SlotResponse(s.Start, s.End, s.Available)).ToList());
    }

    private static ServiceResponse ToResponse(ServiceDefinition s, string language) =>
        new(s.Id, s.Name[language], s.Description[language], s.DurationMinutes,
            s.Documents.Select(d => new DocumentResponse(d.Name[language], d.Note[language])).ToList(),
            s.MaxDaysAhead, s.MinNoticeHours, language);

    private static bool TryLanguage(string? lang, out string language, out ValidationProblem problem)
    {
        problem = null!;
        if (lang is null)
        {
            language = Languages.Default;
            return true;
        }

        if (Languages.TryNormalize(lang, out language))
        {
            return true;
        }

        problem = TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["lang"] = [$"'lang' must be one of {string.Join(", ", Languages.All)}."],
        });
        return false;
    }

    private static DateOnly ParseDate(string? value, string field, DateOnly fallback, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"'{field}' must be a date written YYYY-MM-DD."];
        return fallback;
    }
}
