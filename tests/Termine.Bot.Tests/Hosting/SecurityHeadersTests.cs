using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Hosting;

/// <summary>The residents' pages, the chat page and static files carry the security headers; HTTPS adds HSTS.</summary>
public sealed class SecurityHeadersTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/appointment/no-such-token")]
    [InlineData("/resident.css")]
    [InlineData("/webchat/termine-chat.js")]
    public async Task ResidentPagesAndFiles_CarryCspNosniffAndNoReferrer(string path)
    {
        await using var factory = new TermineFactory(database, new Dictionary<string, string?> { ["Termine:PublicBaseUrl"] = "https://termine.example.org" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("connect-src 'self' wss://termine.example.org", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task ManagePage_IsNeverCached()
    {
        await using var factory = new TermineFactory(database);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/appointment/no-such-token");

        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Hsts_OnlyOverHttps()
    {
        await using var factory = new TermineFactory(database);
        using var https = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://termine.example.org") });
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://termine.example.org") });

        using var secure = await https.GetAsync("/");
        using var plain = await http.GetAsync("/");

        Assert.StartsWith("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task AntiforgeryCookie_IsSecureWithTheHostPrefix_WhenThePublicAddressIsHttps()
    {
        await using var factory = new TermineFactory(database, new Dictionary<string, string?> { ["Termine:PublicBaseUrl"] = "https://termine.example.org" });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        using var login = await client.GetAsync("/admin/login");

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-Termine-Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Kestrel_SendsNoServerHeader()
    {
        await using var host = KestrelTermine.Start(database);

        using var response = await host.Client.GetAsync("/health");

        Assert.False(response.Headers.Contains("Server"));
    }
}
