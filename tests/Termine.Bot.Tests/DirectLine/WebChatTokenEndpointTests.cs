using System.IdentityModel.Tokens.Jwt;
using System.Net;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>The page's token endpoint: a token for a new conversation and a dl_ user, never the secret, rate-limited.</summary>
public sealed class WebChatTokenEndpointTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Issue_GivesATokenNamingANewConversationAndUser_AndNoSecret()
    {
        await using var factory = new TermineFactory(database, DirectLineTestClient.Settings());
        using var http = factory.CreateClient();

        var response = await http.PostAsync("/api/webchat/token", null);
        var text = await response.Content.ReadAsStringAsync();
        var second = await new DirectLineTestClient(http).PageTokenAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(DirectLineTestClient.Secret, text);
        var body = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var jwt = new JwtSecurityToken(body["token"]!.GetValue<string>());
        Assert.StartsWith("dl_", body["userId"]!.GetValue<string>());
        Assert.Equal(body["userId"]!.GetValue<string>(), jwt.Payload["user"]);
        Assert.Equal(body["conversationId"]!.GetValue<string>(), jwt.Payload["conv"]);
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        Assert.NotEqual(body["conversationId"]!.GetValue<string>(), second["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Issue_OverTheLimit_Is429()
    {
        await using var factory = new TermineFactory(database, DirectLineTestClient.Settings(("Termine:DirectLine:WebChatTokensPerMinute", "2")));
        using var http = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await http.PostAsync("/api/webchat/token", null)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task WithoutAConfiguredSecret_TheWebChatWorks_AndNoGuessOpensGenerate()
    {
        await using var factory = new TermineFactory(database);
        var client = new DirectLineTestClient(factory.CreateClient());

        var (conversationId, token, _) = await client.ConnectAsync();
        var id = await client.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));
        var generate = await client.CallAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestClient.Secret);

        Assert.EndsWith("|0000001", id);
        Assert.Equal(HttpStatusCode.Forbidden, generate.Status);
    }
}
