using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.Channels;

/// <summary>
/// A whole booking from a Teams-shaped personal chat through /api/messages: signed tokens, choices as Adaptive Cards,
/// answers as card submits (empty text, the button's data in <c>value</c>), replies at the connector stand-in.
/// </summary>
public sealed partial class TeamsJourneyTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string AppId = "0b5c7e2a-0000-4000-8000-termine00002";
    private readonly TestDatabase _database;
    private ConnectorStandIn _connector = null!;
    private TermineFactory _factory = null!;
    private HttpClient _client = null!;
    private int _sequence;

    public TeamsJourneyTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStandIn.StartAsync();
        _factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-the-stand-in",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _connector.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = ConnectorStandIn.Issuer,
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
    public async Task Booking_FromATeamsPersonalChat_WithCardSubmits()
    {
        await SayAsync("Hallo");
        var services = LastCard();
        Assert.Contains(services, a => a.Contains("Aufenthaltserlaubnis"));

        await SubmitAsync(services.First(a => a.StartsWith("Verlängerung der Aufenthaltserlaubnis")));
        await SubmitAsync("1");
        await SayAsync("nächsten Donnerstag");
        await SubmitAsync(LastCard()[1]);
        await SayAsync("Ahmet Yılmaz");
        await SayAsync("03.02.1985");
        await SayAsync("ahmet.teams@example.org");
        await SubmitAsync(LastCard()[0]);
        Assert.Contains("Ahmet Yılmaz", LastCardText());
        await SubmitAsync(LastCard()[0]);

        var replies = _connector.Received.Select(r => r.Activity["text"]?.GetValue<string>() ?? "").ToList();
        Assert.Matches(Reference(), replies[^2]);
        Assert.Contains("Lindenstraße 10", replies[^1]);
        Assert.All(_connector.Received, r => Assert.Null(r.Activity["suggestedActions"]?["actions"]?.AsArray().Count > 3 ? "too many" : null));
    }

    private Task SayAsync(string text) => PostAsync(new JsonObject { ["text"] = text });

    /// <summary>A press on a card button: no text, the button's data as value, with Teams' own fields merged in.</summary>
    private Task SubmitAsync(string answer) => PostAsync(new JsonObject
    {
        ["text"] = "",
        ["value"] = new JsonObject { ["answer"] = answer, ["msteams"] = new JsonObject { ["type"] = "messageBack" } },
    });

    private async Task PostAsync(JsonObject content)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"1700000000{++_sequence:D3}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = _connector.ServiceUrl,
            ["timestamp"] = "2026-11-24T08:00:00Z",
            ["from"] = new JsonObject { ["id"] = "29:1resident-aad", ["name"] = "Resident", ["aadObjectId"] = "6c2a0f61-0000-4000-8000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = $"28:{AppId}", ["name"] = "Termine" },
            ["conversation"] = new JsonObject { ["id"] = "a:1personal-chat-teams", ["conversationType"] = "personal", ["tenantId"] = "72f988bf-0000-4000-8000-000000000000" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "72f988bf-0000-4000-8000-000000000000" } },
            ["locale"] = "de-DE",
        };
        foreach (var (key, value) in content)
        {
            activity[key] = value?.DeepClone();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _connector.Token(AppId, _connector.ServiceUrl));
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private JsonObject LastReply() => _connector.Received.Last().Activity;

    /// <summary>The answers the last card offers, in order.</summary>
    private List<string> LastCard() =>
        LastReply()["attachments"]!.AsArray()
            .Select(a => a!["content"]!)
            .SelectMany(c => c["body"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "ActionSet"))
            .SelectMany(set => set!["actions"]!.AsArray().Select(a => a!["data"]!["answer"]!.GetValue<string>()))
            .ToList();

    private string LastCardText() =>
        LastReply()["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>();

    [GeneratedRegex("[A-Z0-9]{4}-[A-Z0-9]{4}")]
    private static partial Regex Reference();
}
