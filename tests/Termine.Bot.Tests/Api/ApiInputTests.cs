using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Api;

/// <summary>Finding 7: the API's JSON read strictly, e-mail addresses by the core's rule, look-ups and check-ins limited apart.</summary>
public sealed class ApiInputTests : IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";
    private readonly TestDatabase _database;

    public ApiInputTests(TestDatabase database) => _database = database;

    [Theory]
    [InlineData("\"persons\": \"2\"", "persons")]
    [InlineData("\"persons\": 1.5", "persons")]
    [InlineData("\"persons\": true", "persons")]
    [InlineData("\"persons\": 1, \"persons\": 5", "persons")]
    [InlineData("\"email\": 42", "email")]
    [InlineData("\"companions\": [{\"fullName\": 7}]", "companions[0].fullName")]
    public async Task Post_AValueOfTheWrongJsonType_Is400NamingTheField_AndNothingIsBooked(string property, string field)
    {
        await using var factory = new TermineFactory(_database);
        using var client = factory.CreateClient();
        var start = await FirstFreeSlotAsync(client);
        var json = $$"""
            {"serviceId": "{{ServiceId}}", "start": "{{start}}", "fullName": "Olena Kovalenko", "birthDate": "1988-03-02",
             "email": "olena@example.org", "language": "uk", {{property}}}
            """;

        var response = await client.PostAsync("/api/appointments", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(start, await FirstFreeSlotAsync(client));
    }

    [Fact]
    public async Task Post_UnknownProperties_AreIgnored()
    {
        await using var factory = new TermineFactory(_database);
        using var client = factory.CreateClient();
        var start = await FirstFreeSlotAsync(client);

        var response = await client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start, fullName = "Olena Kovalenko", birthDate = "1988-03-02", email = "olena.unknown@example.org",
            persons = 1, language = "uk", newsletter = true,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("\"<script>alert(1)</script>\"@example.org")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.org")]
    [InlineData("anna schmidt@example.org")]
    public async Task Post_AnEmailAddressNoMailboxHas_Is400NamingEmail(string email)
    {
        await using var factory = new TermineFactory(_database);
        using var client = factory.CreateClient();
        var start = await FirstFreeSlotAsync(client);

        var response = await client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start, fullName = "Olena Kovalenko", birthDate = "1988-03-02", email, persons = 1, language = "uk",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _), problem.ToString());
    }

    [Fact]
    public async Task CheckIns_HaveTheirOwnLimit_SoTheTerminalSpendsNothingOfTheLookUps()
    {
        await using var factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:RateLimiting:LookupsPerMinute"] = "2",
            ["Termine:RateLimiting:CheckInsPerMinute"] = "5",
        });
        using var client = factory.CreateClient();

        var checkIns = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            checkIns.Add((await client.PostAsJsonAsync("/api/checkin", new { token = $"unknown-{i}" })).StatusCode);
        }

        var lookUps = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            lookUps.Add((await client.GetAsync("/api/appointments/ABCDEFGH?email=anna@example.org")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.NotFound, 5), HttpStatusCode.TooManyRequests], checkIns);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], lookUps);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/services")).StatusCode);
    }

    [Theory]
    [InlineData("/appointment/")]
    [InlineData("/checkin/")]
    public async Task ResidentPagesByToken_AreLimitedAsLookUps(string page)
    {
        await using var factory = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:RateLimiting:LookupsPerMinute"] = "2" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync($"{page}unknown-token-{i}")).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    [Fact]
    public async Task CheckIns_ByDefault_FitABusyMorningFromOneTerminal()
    {
        await using var factory = new TermineFactory(_database);
        using var client = factory.CreateClient();

        // More than the reads allow a minute (120): the terminal is one address that checks in everyone.
        for (var i = 0; i < 150; i++)
        {
            var response = await client.PostAsJsonAsync("/api/checkin", new { token = $"unknown-{i}" });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static async Task<string> FirstFreeSlotAsync(HttpClient client)
    {
        var slots = await client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from=2026-12-07&to=2026-12-07");
        return slots.EnumerateArray().First().GetProperty("start").GetString()!;
    }
}
