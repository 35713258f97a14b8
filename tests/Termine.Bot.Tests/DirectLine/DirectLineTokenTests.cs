using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Text.Json.Nodes;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>Tokens: made from the secret, refreshed, expired on the host's clock, and good for one conversation only.</summary>
public sealed class DirectLineTokenTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;
    private HttpClient _http = null!;
    private DirectLineTestClient _client = null!;

    public DirectLineTokenTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, DirectLineTestClient.Settings());
        _http = _factory.CreateClient();
        _client = new DirectLineTestClient(_http);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Generate_WithSecret_ReturnsATokenForANewConversationWithTheUser()
    {
        var parameters = new JsonObject { ["user"] = new JsonObject { ["id"] = "dl_resident" } };
        var (status, body) = await _client.CallAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineTestClient.Secret, parameters);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
        Assert.Null(body["streamUrl"]);
        var jwt = new JwtSecurityToken(body["token"]!.GetValue<string>());
        Assert.Equal(body["conversationId"]!.GetValue<string>(), jwt.Payload["conv"]);
        Assert.Equal("dl_resident", jwt.Payload["user"]);
        Assert.Equal("HS256", jwt.Header.Alg);
    }

    [Fact]
    public async Task Generate_WithoutOrWithMalformedAuthorization_Is401ErrorResponse()
    {
        var none = await _client.CallAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer: null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        request.Headers.TryAddWithoutValidation("Authorization", "Basic " + DirectLineTestClient.Secret);
        var basic = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Equal("BadArgument", none.Body["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, basic.StatusCode);
    }

    [Fact]
    public async Task Generate_WithAToken_Is403()
    {
        var (_, token, _) = await _client.ConnectAsync();

        var (status, body) = await _client.CallAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.NotNull(body["error"]!["message"]);
    }

    [Fact]
    public async Task Refresh_ValidToken_GivesALaterTokenForTheSameConversationAndUser()
    {
        var (conversationId, token, userId) = await _client.ConnectAsync();
        _factory.Time.Advance(TimeSpan.FromMinutes(15));

        var (status, body) = await _client.CallAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversationId, body["conversationId"]!.GetValue<string>());
        var refreshed = new JwtSecurityToken(body["token"]!.GetValue<string>());
        Assert.Equal(userId, refreshed.Payload["user"]);
        Assert.True(refreshed.ValidTo > new JwtSecurityToken(token).ValidTo);
        _factory.Time.Advance(TimeSpan.FromMinutes(20));
        var (_, watermark) = await _client.PollAsync(conversationId, body["token"]!.GetValue<string>());
        Assert.Equal("0", watermark);
    }

    [Fact]
    public async Task ExpiredToken_Is403TokenExpired_AndCannotBeRefreshed()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();
        _factory.Time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));

        var poll = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        var refresh = await _client.CallAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.Forbidden, poll.Status);
        Assert.Equal("TokenExpired", poll.Body["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, refresh.Status);
        Assert.Equal("TokenExpired", refresh.Body["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TokenOfConversationA_OnConversationB_Is403()
    {
        var (_, tokenA, _) = await _client.ConnectAsync();
        var (conversationB, tokenB, _) = await _client.ConnectAsync();

        var poll = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationB}/activities", tokenA);
        var post = await _client.CallAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{conversationB}/activities", tokenA, DirectLineTestClient.Message("hi"));
        var reconnect = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationB}", tokenA);

        Assert.All([poll.Status, post.Status, reconnect.Status], s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal("BadArgument", poll.Body["error"]!["code"]!.GetValue<string>());
        Assert.Empty((await _client.PollAsync(conversationB, tokenB)).Activities);
    }

    [Fact]
    public async Task ForeignOrStreamToken_OnRest_Is403()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();
        var (_, reconnect) = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", token);
        var streamToken = Uri.UnescapeDataString(reconnect["streamUrl"]!.GetValue<string>().Split("t=")[1]);
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var withStreamToken = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", streamToken);
        var withForged = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", forged);

        Assert.Equal(HttpStatusCode.Forbidden, withStreamToken.Status);
        Assert.Equal(HttpStatusCode.Forbidden, withForged.Status);
    }

    [Fact]
    public async Task TokenFromAnotherSecret_Is403()
    {
        await using var other = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:DirectLine:Secret"] = new string('x', 40) });
        var (conversationId, foreignToken, _) = await new DirectLineTestClient(other.CreateClient()).ConnectAsync();

        var (status, _) = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", foreignToken);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
