using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.Channels;

/// <summary>/api/messages takes only what the Bot Connector signed for this bot, and answers at the activity's serviceUrl.</summary>
public sealed class MessagesEndpointTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string AppId = "5f1a7c1e-0000-4000-8000-termine00001";
    private readonly TestDatabase _database;
    private ConnectorStandIn _connector = null!;
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;

    public MessagesEndpointTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStandIn.StartAsync();
        _factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-the-stand-in",
            ["MicrosoftAppType"] = "MultiTenant",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _connector.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = ConnectorStandIn.Issuer,
            // Naming the metadata URL makes the SDK take every endpoint from configuration: the public ones otherwise.
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
            ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
            ["OAuthUrl"] = "https://api.botframework.com",
            ["Termine:Bot:AllowedServiceHosts:0"] = "127.0.0.1",
        }, services => services.AddSingleton<ServiceClientCredentialsFactory>(new StubCredentialsFactory(AppId)));
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_ValidConnectorToken_IsAnsweredAtTheServiceUrl()
    {
        var response = await PostAsync(_connector.Token(AppId, _connector.ServiceUrl), "valid");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = _connector.Received.Where(r => r.Path.StartsWith("/v3/conversations/conv-valid/activities/activity-valid")).ToList();
        Assert.True(replies.Count >= 2);
        Assert.All(replies, r => Assert.Equal($"Bearer {StubCredentialsFactory.OutgoingToken}", r.Authorization));
        Assert.All(replies, r => Assert.StartsWith("<speak", r.Activity["speak"]!.GetValue<string>()));
        Assert.Equal("service", replies[^1].Activity["channelData"]!["expecting"]!.GetValue<string>());
    }

    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_NoToken_Is401AndNothingIsProcessed()
    {
        var response = await PostAsync(token: null, "none");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_TokenForAnotherAppId_Is401()
    {
        var response = await PostAsync(_connector.Token("another-bots-app-id", _connector.ServiceUrl), "other-app");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_UnsignedToken_Is401()
    {
        var response = await PostAsync(ConnectorStandIn.UnsignedToken(AppId, _connector.ServiceUrl), "unsigned");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_TokenSignedWithAnotherKey_Is401()
    {
        var forged = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "stand-in-key" };

        var response = await PostAsync(_connector.Token(AppId, _connector.ServiceUrl, signingKey: forged), "forged");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_ExpiredTokenOrWrongIssuerOrOtherServiceUrl_Is401()
    {
        var expired = await PostAsync(_connector.Token(AppId, _connector.ServiceUrl, lifetime: TimeSpan.FromMinutes(-30)), "expired");
        var issuer = await PostAsync(_connector.Token(AppId, _connector.ServiceUrl, issuer: "https://issuer.example"), "issuer");
        var otherUrl = await PostAsync(_connector.Token(AppId, "https://elsewhere.example/"), "other-url");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, issuer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherUrl.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_ServiceUrlNotOnTheAllowList_Is403AndNothingIsSent()
    {
        const string elsewhere = "https://connector.attacker.example/";

        var response = await PostAsync(_connector.Token(AppId, elsewhere), "elsewhere", serviceUrl: elsewhere);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.Received);
    }

    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_ConnectorThrottles_TheReplyIsRetriedAndArrives()
    {
        _connector.ThrottleNext = 1;

        var response = await PostAsync(_connector.Token(AppId, _connector.ServiceUrl), "throttled");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _connector.Throttled);
        Assert.True(_connector.Received.Count(r => r.Path.Contains("conv-throttled")) >= 2);
    }

    private async Task<HttpResponseMessage> PostAsync(string? token, string conversation, string? serviceUrl = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"activity-{conversation}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl ?? _connector.ServiceUrl,
            ["timestamp"] = "2026-11-24T08:00:00Z",
            ["from"] = new JsonObject { ["id"] = "29:resident", ["name"] = "Resident" },
            ["recipient"] = new JsonObject { ["id"] = $"28:{AppId}", ["name"] = "Termine" },
            ["conversation"] = new JsonObject { ["id"] = $"conv-{conversation}" },
            ["text"] = "Hallo",
            ["locale"] = "de-DE",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request);
    }
}
