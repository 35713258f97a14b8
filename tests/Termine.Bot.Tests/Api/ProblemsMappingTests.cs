using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Scheduling;
using Termine.Booking.Waitlist;
using Termine.Bot.Api;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Api;

/// <summary>
/// Pins every outcome's problem details as the host writes them (status, content type, body byte for byte, as they
/// were when outcomes were still told apart by strings), and that every outcome that is not a success has its answer.
/// </summary>
public sealed class ProblemsMappingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Json = "application/problem+json";
    private const string TraceId = "test-trace";
    private const string SlotTaken = """409 application/problem+json {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.10","title":"Slot taken","status":409,"detail":"This slot has just been taken. Please choose another one.","traceId":"test-trace"}""";
    private const string NotFound = """404 application/problem+json {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Appointment not found","status":404,"detail":"No open appointment matches this reference and e-mail address.","traceId":"test-trace"}""";
    private const string Invalid = """400 application/problem+json {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more fields are not valid.","status":400,"errors":{"start":["Bad start.","Past."],"email":["Needed."]},"codes":{"start":["format","past"],"email":["required"]},"traceId":"test-trace"}""";

    private const string LimitOpen = """429 application/problem+json {"title":"Limit reached","status":429,"detail":"This e-mail address already has an open appointment for this service. Cancel or move it instead.","traceId":"test-trace"}""";

    private static readonly Slot Free = new(new(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(1)), new(2026, 12, 8, 9, 20, 0, TimeSpan.FromHours(1)), 2);

    private static readonly IReadOnlyList<FieldError> Errors =
        [new("start", "format", "Bad start."), new("start", "past", "Past."), new("email", "required", "Needed.")];

    /// <summary>Each outcome that is not a success, with the answer it gets.</summary>
    private static readonly IReadOnlyList<(object Outcome, Func<IResult> Map, string Expected)> Mappings =
    [
        (new BookingResult.KeyReused(), () => Problems.From(new BookingResult.KeyReused()),
            """422 application/problem+json {"type":"https://tools.ietf.org/html/rfc4918#section-11.2","title":"Idempotency-Key reused","status":422,"detail":"This Idempotency-Key was used for a different request.","traceId":"test-trace"}"""),
        (new BookingResult.Invalid(Errors), () => Problems.From(new BookingResult.Invalid(Errors)), Invalid),
        (new BookingResult.SlotTaken(), () => Problems.From(new BookingResult.SlotTaken()), SlotTaken),
        (new BookingResult.HoldExpired(), () => Problems.From(new BookingResult.HoldExpired()), SlotTaken),
        (new BookingResult.LimitReached(BookingLimit.OpenAppointments), () => Problems.From(new BookingResult.LimitReached(BookingLimit.OpenAppointments)), LimitOpen),
        (new BookingResult.LimitReached(BookingLimit.Holds), () => Problems.From(new BookingResult.LimitReached(BookingLimit.Holds)),
            """429 application/problem+json {"title":"Limit reached","status":429,"detail":"Too many slots are held at once. Please finish or cancel one first.","traceId":"test-trace"}"""),
        (new BookingResult.NotFound(), () => Problems.From(new BookingResult.NotFound()), NotFound),
        (new CancelResult.NotFound(), () => Problems.From(new CancelResult.NotFound()), NotFound),
        (new MoveResult.NotFound(), () => Problems.From(new MoveResult.NotFound()), NotFound),
        (new MoveResult.Invalid(Errors), () => Problems.From(new MoveResult.Invalid(Errors)), Invalid),
        (new MoveResult.SlotTaken(), () => Problems.From(new MoveResult.SlotTaken()), SlotTaken),
        (new JoinResult.Invalid(Errors), () => Problems.From(new JoinResult.Invalid(Errors)), Invalid),
        (new JoinResult.SlotsFree([Free]), () => Problems.From(new JoinResult.SlotsFree([Free])),
            """409 application/problem+json {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.10","title":"Slots are free","status":409,"detail":"Slots that fit this wish are free now. Book one of them instead of waiting.","reason":"slotsFree","slots":[{"start":"2026-12-08T09:00:00+01:00","end":"2026-12-08T09:20:00+01:00","available":2}],"traceId":"test-trace"}"""),
        (new JoinResult.AlreadyBooked(), () => Problems.From(new JoinResult.AlreadyBooked()),
            """409 application/problem+json {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.10","title":"Already booked","status":409,"detail":"This e-mail address already has an open appointment for this service. Move it instead.","reason":"alreadyBooked","traceId":"test-trace"}"""),
        (new JoinResult.AlreadyWaiting(), () => Problems.From(new JoinResult.AlreadyWaiting()),
            """409 application/problem+json {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.10","title":"Already on the waiting list","status":409,"detail":"This e-mail address already waits for this service. Leave the list first to change the wish.","reason":"alreadyWaiting","traceId":"test-trace"}"""),
        (new OfferResult.NotFound(), () => Problems.From(new OfferResult.NotFound()),
            """404 application/problem+json {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Offer not found","status":404,"detail":"No offer has this token.","traceId":"test-trace"}"""),
        (new OfferResult.Gone(), () => Problems.From(new OfferResult.Gone()),
            """410 application/problem+json {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.11","title":"Offer over","status":410,"detail":"This offer has expired or was already answered; the slot is no longer held.","traceId":"test-trace"}"""),
        (new OfferResult.Refused(new BookingResult.LimitReached(BookingLimit.OpenAppointments)),
            () => Problems.From(new OfferResult.Refused(new BookingResult.LimitReached(BookingLimit.OpenAppointments))), LimitOpen),
        (new object(), Problems.NotOnTheWaitingList,
            """404 application/problem+json {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.5","title":"Not on the waiting list","status":404,"detail":"No waiting entry matches this reference and e-mail address.","traceId":"test-trace"}"""),
    ];

    [Fact]
    public async Task EveryOutcome_IsWrittenAsItWasBeforeOutcomesHadTheirOwnTypes()
    {
        await using var factory = new TermineFactory(database);

        foreach (var (_, map, expected) in Mappings)
        {
            using var scope = factory.Services.CreateScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, TraceIdentifier = TraceId };
            using var body = new MemoryStream();
            context.Response.Body = body;

            await map().ExecuteAsync(context);

            Assert.Equal(Json, context.Response.ContentType);
            Assert.Equal(expected, $"{context.Response.StatusCode} {context.Response.ContentType} {System.Text.Encoding.UTF8.GetString(body.ToArray())}");
        }
    }

    [Theory]
    [InlineData(typeof(BookingResult), typeof(BookingResult.Booked))]
    [InlineData(typeof(CancelResult), typeof(CancelResult.Cancelled))]
    [InlineData(typeof(MoveResult), typeof(MoveResult.Moved))]
    [InlineData(typeof(JoinResult), typeof(JoinResult.Joined))]
    [InlineData(typeof(OfferResult), typeof(OfferResult.Booked), typeof(OfferResult.Declined))]
    public void EveryOutcomeButSuccess_HasItsAnswer(Type outcomes, params Type[] successes)
    {
        var cases = outcomes.GetNestedTypes().Where(t => t.IsSubclassOf(outcomes) && !successes.Contains(t)).ToList();
        var mapped = Mappings.Select(m => m.Outcome.GetType()).ToHashSet();

        Assert.NotEmpty(cases);
        Assert.All(cases, c => Assert.Contains(c, mapped));
        Assert.All(Enum.GetValues<BookingLimit>(), limit => Assert.Contains(Mappings, m => m.Outcome is BookingResult.LimitReached l && l.Limit == limit));
    }
}
