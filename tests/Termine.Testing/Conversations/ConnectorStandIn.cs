using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Termine.Testing.Conversations;

/// <summary>
/// A stand-in for the Azure side of the Bot Connector, shaped like the real one: the OpenID metadata and signing keys
/// the SDK checks tokens against (HTTPS, as the SDK requires), and the connector's conversation routes at the
/// activity's serviceUrl, where the bot's replies arrive. The keys are made here, so the test can sign tokens.
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "stand-in-key" };

    private ConnectorStandIn(WebApplication app) => _app = app;

    /// <summary>Known once the server listens (on a port the system chose).</summary>
    public string BaseUrl { get; private set; } = "";

    public string MetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";

    /// <summary>The service URL residents' activities name; replies are posted below it.</summary>
    public string ServiceUrl => $"{BaseUrl}/";

    public ConcurrentQueue<(string Path, string? Authorization, JsonObject Activity)> Received { get; } = new();

    /// <summary>How many of the next replies are answered 429, as the real connector does when it throttles.</summary>
    public int ThrottleNext { get; set; }

    public int Throttled { get; private set; }

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var certFile = Environment.GetEnvironmentVariable("TERMINE_TEST_TLS_CERT");
        var keyFile = Environment.GetEnvironmentVariable("TERMINE_TEST_TLS_KEY");
        if (certFile is null || keyFile is null)
        {
            throw new InvalidOperationException(
                "The connector stand-in needs the loopback TLS certificate that ./test.sh creates and trusts (TERMINE_TEST_TLS_CERT, TERMINE_TEST_TLS_KEY, SSL_CERT_DIR). Run the tests with ./test.sh.");
        }

        var certificate = X509Certificate2.CreateFromPemFile(certFile, keyFile);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.UseHttps(certificate)));
        var app = builder.Build();
        var standIn = new ConnectorStandIn(app);
        standIn.MapRoutes();
        await app.StartAsync();
        standIn.BaseUrl = app.Urls.Single().TrimEnd('/');
        return standIn;
    }

    /// <summary>A token as the Bot Connector service would send it to the bot.</summary>
    public string Token(string audience, string serviceUrl, TimeSpan? lifetime = null, SecurityKey? signingKey = null, string issuer = Issuer)
    {
        // The SDK checks a token's lifetime against the real clock, not the host's TimeProvider.
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var expires = lifetime is { } l ? now + l : now.AddHours(1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = expires < now ? expires.AddHours(-1) : now,
            IssuedAt = expires < now ? expires.AddHours(-1) : now,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(signingKey ?? _key, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler().CreateEncodedJwt(descriptor);
    }

    /// <summary>A well-formed token nobody signed (alg "none").</summary>
    public static string UnsignedToken(string audience, string serviceUrl)
    {
        var header = Base64Url("""{"alg":"none","typ":"JWT"}""");
        var exp = TimeProvider.System.GetUtcNow().AddHours(1).ToUnixTimeSeconds();
        var payload = Base64Url($$"""{"iss":"{{Issuer}}","aud":"{{audience}}","serviceurl":"{{serviceUrl}}","exp":{{exp}}}""");
        return $"{header}.{payload}.";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Base64Url(string json) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private void MapRoutes()
    {
        var parameters = _key.Rsa.ExportParameters(false);
        _app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{BaseUrl}/v1/authorize",
            ["jwks_uri"] = $"{BaseUrl}/v1/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        _app.MapGet("/v1/keys", () => Results.Json(new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = _key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray("msteams", "webchat", "directline", "emulator", "telegram", "test"),
            }),
        }));
        _app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", async (HttpContext context, string conversationId) =>
        {
            var activity = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            if (ThrottleNext > 0)
            {
                ThrottleNext--;
                Throttled++;
                context.Response.Headers.RetryAfter = "1";
                return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Throttled", ["message"] = "Too many requests" } }, statusCode: 429);
            }

            Received.Enqueue((context.Request.Path, context.Request.Headers.Authorization.ToString(), activity));
            return Results.Json(new JsonObject { ["id"] = $"{conversationId}|{Received.Count:D7}" });
        });
    }
}
