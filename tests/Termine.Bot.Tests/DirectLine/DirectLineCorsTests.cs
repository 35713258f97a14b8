using System.Net;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>Browsers on the configured origins may call Direct Line and the token endpoint; others may not.</summary>
public sealed class DirectLineCorsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string CountySite = "https://www.rhein-kreis-neuss.de";

    [Theory]
    [InlineData("/v3/directline/conversations", "POST")]
    [InlineData("/v3/directline/conversations/abc/activities", "GET")]
    [InlineData("/api/webchat/token", "POST")]
    public async Task Preflight_FromAConfiguredOrigin_AllowsWhatDirectLineJsSends(string path, string method)
    {
        await using var factory = new TermineFactory(database, DirectLineTestClient.Settings(("Termine:DirectLine:AllowedOrigins:0", CountySite + "/")));
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Preflight(path, method, CountySite));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(CountySite, Single(response, "Access-Control-Allow-Origin"));
        var allowed = Single(response, "Access-Control-Allow-Headers").ToLowerInvariant();
        Assert.All(["authorization", "content-type", "accept", "x-requested-with", "x-ms-bot-agent"], h => Assert.Contains(h, allowed));
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_OrWithNoneConfigured_IsNotAllowed()
    {
        await using var configured = new TermineFactory(database, DirectLineTestClient.Settings(("Termine:DirectLine:AllowedOrigins:0", CountySite)));
        await using var unconfigured = new TermineFactory(database, DirectLineTestClient.Settings());

        var other = await configured.CreateClient().SendAsync(Preflight("/v3/directline/conversations", "POST", "https://evil.example"));
        var none = await unconfigured.CreateClient().SendAsync(Preflight("/v3/directline/conversations", "POST", CountySite));

        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(none.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task TokenRequest_FromAConfiguredOrigin_CarriesTheAllowOriginHeader()
    {
        await using var factory = new TermineFactory(database, DirectLineTestClient.Settings(("Termine:DirectLine:AllowedOrigins:0", CountySite)));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        request.Headers.Add("Origin", CountySite);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CountySite, Single(response, "Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string path, string method, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,accept,x-requested-with,x-ms-bot-agent");
        return request;
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : []);
}
