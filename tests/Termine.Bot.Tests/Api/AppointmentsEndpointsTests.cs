using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Api;

public sealed class AppointmentsEndpointsTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;

    public AppointmentsEndpointsTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database);
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidRequest_Returns201WithTheBookingAnswerAndGetFindsIt()
    {
        var start = await FirstFreeSlotAsync("2026-12-07");

        var response = await _client.PostAsJsonAsync("/api/appointments", Body(start, "rest@example.org"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var reference = answer.GetProperty("reference").GetString()!;
        Assert.Equal(ServiceId, answer.GetProperty("serviceId").GetString());
        Assert.Equal(start, answer.GetProperty("start").GetString());
        Assert.True(answer.TryGetProperty("end", out _));
        Assert.Equal($"/api/appointments/{reference}", response.Headers.Location!.OriginalString);
        var found = await _client.GetAsync($"/api/appointments/{reference}?email=rest@example.org");
        var wrongProof = await _client.GetAsync($"/api/appointments/{reference}?email=other@example.org");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongProof.StatusCode);
    }

    [Fact]
    public async Task Post_BadInput_Returns400ProblemNamingEachField()
    {
        var body = new
        {
            serviceId = ServiceId, start = "tomorrow", fullName = new string('x', 500), birthDate = "2090-01-01",
            email = "nope", persons = 50, language = "de",
        };

        var response = await _client.PostAsJsonAsync("/api/appointments", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("start", out _));

        var second = await _client.PostAsJsonAsync("/api/appointments", body with { start = await FirstFreeSlotAsync("2026-12-08") });
        var fields = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["birthDate", "email", "fullName", "persons"], fields.Order());
    }

    [Fact]
    public async Task Post_SlotGoneAndRetriedWithSameIdempotencyKey_409And201Replayed()
    {
        var start = await FirstFreeSlotAsync("2026-12-09");
        var slots = await _client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from=2026-12-09&to=2026-12-09");
        var capacity = slots.EnumerateArray().First(s => s.GetProperty("start").GetString() == start).GetProperty("available").GetInt32();
        HttpResponseMessage? first = null;
        for (var i = 0; i < capacity; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appointments") { Content = JsonContent.Create(Body(start, $"full{i}@example.org")) };
            request.Headers.Add("Idempotency-Key", $"idem-{i}");
            var response = await _client.SendAsync(request);
            first ??= response;
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var gone = await _client.PostAsJsonAsync("/api/appointments", Body(start, "late@example.org"));
        using var retry = new HttpRequestMessage(HttpMethod.Post, "/api/appointments") { Content = JsonContent.Create(Body(start, "full0@example.org")) };
        retry.Headers.Add("Idempotency-Key", "idem-0");
        var replayed = await _client.SendAsync(retry);

        Assert.Equal(HttpStatusCode.Conflict, gone.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replayed.StatusCode);
        Assert.Equal(
            (await first!.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString(),
            (await replayed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Post_SecondOpenAppointmentForTheSameService_Returns429()
    {
        await _client.PostAsJsonAsync("/api/appointments", Body(await FirstFreeSlotAsync("2026-12-10"), "once@example.org"));

        var second = await _client.PostAsJsonAsync("/api/appointments", Body(await FirstFreeSlotAsync("2026-12-14"), "once@example.org"));

        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task Delete_WithTheEmailAsProof_CancelsAndFreesTheSlot()
    {
        var start = await FirstFreeSlotAsync("2026-12-15");
        var booked = await (await _client.PostAsJsonAsync("/api/appointments", Body(start, "cancel@example.org"))).Content.ReadFromJsonAsync<JsonElement>();
        var reference = booked.GetProperty("reference").GetString();

        var refused = await _client.DeleteAsync($"/api/appointments/{reference}?email=someone@example.org");
        var cancelled = await _client.DeleteAsync($"/api/appointments/{reference}?email=cancel@example.org");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    private async Task<string> FirstFreeSlotAsync(string day)
    {
        var slots = await _client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}");
        return slots.EnumerateArray().First().GetProperty("start").GetString()!;
    }

    private static object Body(string start, string email) => new
    {
        serviceId = ServiceId, start, fullName = "Olena Kovalenko", birthDate = "1988-03-02", email, phone = "02181 601-0", persons = 1, language = "uk",
    };
}
