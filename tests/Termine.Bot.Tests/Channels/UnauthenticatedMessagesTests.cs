using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.Channels;

/// <summary>With no app id, /api/messages is closed unless local development explicitly opens it.</summary>
public sealed class UnauthenticatedMessagesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_NoAppIdAndNotAllowed_Is401AndNothingIsProcessed()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        await using var factory = new TermineFactory(database);
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", Activity(connector.ServiceUrl, "closed"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(connector.Received);
    }

    [NeedsFact(Need.TlsCertificate)]
    public async Task Post_NoAppIdButAllowedForDevelopment_IsAnswered()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        await using var factory = new TermineFactory(database, new Dictionary<string, string?> { ["Termine:Bot:AllowUnauthenticated"] = "true", ["Termine:Bot:AllowedServiceHosts:0"] = "127.0.0.1" });
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/messages", Activity(connector.ServiceUrl, "open"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(connector.Received);
    }

    private static StringContent Activity(string serviceUrl, string conversation) => new(new JsonObject
    {
        ["type"] = "message",
        ["id"] = $"activity-{conversation}",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "resident" },
        ["recipient"] = new JsonObject { ["id"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = $"conv-{conversation}" },
        ["text"] = "Hello",
        ["locale"] = "en-GB",
    }.ToJsonString(), Encoding.UTF8, "application/json");
}
