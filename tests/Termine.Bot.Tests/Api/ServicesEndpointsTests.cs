using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Api;

public sealed class ServicesEndpointsTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;

    public ServicesEndpointsTests(TestDatabase database) => _database = database;

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

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("tr")]
    [InlineData("ar")]
    [InlineData("ru")]
    [InlineData("uk")]
    public async Task GetServices_EachLanguage_ReturnsTheFieldsOthersRelyOn(string lang)
    {
        var services = await _client.GetFromJsonAsync<JsonElement>($"/api/services?lang={lang}");

        Assert.True(services.GetArrayLength() >= 12);
        foreach (var service in services.EnumerateArray())
        {
            foreach (var field in new[] { "id", "name", "description", "durationMinutes", "documents" })
            {
                Assert.True(service.TryGetProperty(field, out _), field);
            }

            var document = service.GetProperty("documents")[0];
            Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("note").GetString()));
        }
    }

    [Fact]
    public async Task GetServices_Languages_DifferFromEachOther()
    {
        var german = await _client.GetFromJsonAsync<JsonElement>("/api/services?lang=de");
        var ukrainian = await _client.GetFromJsonAsync<JsonElement>("/api/services?lang=uk");

        Assert.NotEqual(german[0].GetProperty("name").GetString(), ukrainian[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task GetServices_UnknownLanguage_Returns400NamingLang()
    {
        var response = await _client.GetAsync("/api/services?lang=xx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("lang", out _));
    }

    [Fact]
    public async Task GetSlots_AWeek_ReturnsIsoStartsWithTheOfficeOffsetNearestFirst()
    {
        var slots = await _client.GetFromJsonAsync<JsonElement>("/api/services/residence-permit-extension/slots?from=2026-11-30&to=2026-12-06");

        var starts = slots.EnumerateArray().Select(s => s.GetProperty("start").GetString()!).ToList();
        Assert.NotEmpty(starts);
        Assert.Equal("2026-11-30T08:00:00+01:00", starts[0]);
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.All(slots.EnumerateArray(), s => Assert.True(s.GetProperty("available").GetInt32() > 0));
        Assert.DoesNotContain(starts, s => s.StartsWith("2026-12-05") || s.StartsWith("2026-12-06"));
    }

    [Theory]
    [InlineData("/api/services/residence-permit-extension/slots?from=2026-13-01", "from")]
    [InlineData("/api/services/residence-permit-extension/slots?from=2026-12-01&to=2027-06-01", "to")]
    [InlineData("/api/services/residence-permit-extension/slots?persons=0", "persons")]
    public async Task GetSlots_BadQuery_Returns400NamingTheParameter(string url, string field)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task GetSlots_UnknownService_Returns404()
    {
        var response = await _client.GetAsync("/api/services/no-such-service/slots");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_DatabaseReachable_Returns200()
    {
        var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheEndpoints()
    {
        var document = await _client.GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/services/{id}/slots", document);
        Assert.Contains("/api/appointments", document);
    }
}
