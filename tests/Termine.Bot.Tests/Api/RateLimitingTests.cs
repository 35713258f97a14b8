using System.Net;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Api;

public sealed class RateLimitingTests : IClassFixture<TestDatabase>
{
    private readonly TestDatabase _database;

    public RateLimitingTests(TestDatabase database) => _database = database;

    [Fact]
    public async Task GetServices_OverTheReadLimit_Returns429ProblemWithRetryAfter()
    {
        await using var factory = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:RateLimiting:ReadsPerMinute"] = "3" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await client.GetAsync("/api/services");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last.Headers.Contains("Retry-After"));
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType!.MediaType);
    }
}
