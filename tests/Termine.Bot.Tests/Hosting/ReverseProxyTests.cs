using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using Termine.Bot.Hosting;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Hosting;

/// <summary>Forwarded headers count only from the configured proxies; a real Kestrel on 127.0.0.1 plays the proxy.</summary>
public sealed class ReverseProxyTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task ForwardedFor_FromATrustedProxy_GivesEachClientBehindItItsOwnWriteLimit()
    {
        await using var host = KestrelTermine.Start(database, Settings(("Termine:ReverseProxy:KnownProxies:0", "127.0.0.1")));

        var first = await WritesAsync(host.Client, "203.0.113.10", 3);
        var second = await WritesAsync(host.Client, "203.0.113.11", 2);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, first[..2]);
        Assert.Equal(HttpStatusCode.TooManyRequests, first[2]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, second);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("10.0.0.5")]
    public async Task ForwardedFor_FromAnAddressNotConfigured_IsIgnored(string? proxy)
    {
        await using var host = KestrelTermine.Start(
            database, proxy is null ? Settings() : Settings(("Termine:ReverseProxy:KnownProxies:0", proxy)));

        await WritesAsync(host.Client, "203.0.113.10", 2);
        var other = await WritesAsync(host.Client, "203.0.113.11", 1);

        Assert.Equal(HttpStatusCode.TooManyRequests, other[0]);
    }

    [Fact]
    public async Task ForwardedProto_FromATrustedNetwork_MakesTheRequestHttps_SoHstsIsSent()
    {
        await using var host = KestrelTermine.Start(database, Settings(("Termine:ReverseProxy:KnownNetworks:0", "127.0.0.0/8")));

        var viaProxy = await GetAsync(host.Client, "/", proto: "https");
        var plain = await GetAsync(host.Client, "/", proto: null);

        Assert.StartsWith("max-age=", viaProxy.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ForwardedProto_FromAnUntrustedAddress_IsIgnored()
    {
        await using var host = KestrelTermine.Start(database, Settings());

        var response = await GetAsync(host.Client, "/", proto: "https");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("KnownProxies", "10.0.0.300", "Termine:ReverseProxy:KnownProxies:0 is '10.0.0.300'")]
    [InlineData("KnownNetworks", "10.0.0.0", "Termine:ReverseProxy:KnownNetworks:0 is '10.0.0.0'")]
    [InlineData("KnownNetworks", "10.0.0.0/33", "Termine:ReverseProxy:KnownNetworks:0 is '10.0.0.0/33'")]
    public void Validation_NamesTheKeyAndTheValue(string list, string value, string expected)
    {
        var options = new ReverseProxyOptions();
        if (list == "KnownProxies")
        {
            options.KnownProxies = [value];
        }
        else
        {
            options.KnownNetworks = [value];
        }

        var result = new ReverseProxyOptionsValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
    }

    [Fact]
    public void Validation_AcceptsAddressesAndNetworks()
    {
        var options = new ReverseProxyOptions { KnownProxies = ["10.0.0.5", "::1"], KnownNetworks = ["10.0.0.0/24", "fd00::/8"] };

        Assert.Equal(ValidateOptionsResult.Success, new ReverseProxyOptionsValidation().Validate(null, options));
    }

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Termine:RateLimiting:WritesPerHour"] = "2" };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>Booking attempts (refused as incomplete, but counted) as the proxy forwards them for one client.</summary>
    private static async Task<HttpStatusCode[]> WritesAsync(HttpClient client, string forwardedFor, int count)
    {
        var statuses = new HttpStatusCode[count];
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/appointments")
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses[i] = response.StatusCode;
        }

        return statuses;
    }

    /// <summary>A page as the proxy forwards it under the public host name (HSTS is never sent for localhost).</summary>
    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? proto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "termine.example.org";
        request.Headers.Add("X-Forwarded-For", "203.0.113.10");
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }

        return await client.SendAsync(request);
    }
}
