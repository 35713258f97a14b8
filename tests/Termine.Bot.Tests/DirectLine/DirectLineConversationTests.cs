using System.Net;
using System.Text.Json.Nodes;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>Starting, resuming, and what the edge refuses: unknown conversations, bad JSON, oversized activities.</summary>
public sealed class DirectLineConversationTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;
    private DirectLineTestClient _client = null!;

    public DirectLineConversationTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, DirectLineTestClient.Settings());
        _client = new DirectLineTestClient(_factory.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Start_WithPageToken_Is201_ThenWithTheSameToken_Is200()
    {
        var page = await _client.PageTokenAsync();
        var token = page["token"]!.GetValue<string>();
        var conversationId = page["conversationId"]!.GetValue<string>();

        var asDirectLineJs = new JsonObject { ["user"] = new JsonObject(), ["locale"] = "de-DE" };
        var first = await _client.CallAsync(HttpMethod.Post, "/v3/directline/conversations", token, asDirectLineJs);
        var second = await _client.CallAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(conversationId, first.Body["conversationId"]!.GetValue<string>());
        Assert.Equal(1800, first.Body["expires_in"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(first.Body["token"]!.GetValue<string>()));
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{conversationId}/stream?watermark=0&t=", first.Body["streamUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_WithSecret_CreatesANewConversationEachTime()
    {
        var first = await _client.CallAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestClient.Secret);
        var second = await _client.CallAsync(HttpMethod.Post, "/v3/directline/conversations", DirectLineTestClient.Secret);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, second.Status);
        Assert.NotEqual(first.Body["conversationId"]!.GetValue<string>(), second.Body["conversationId"]!.GetValue<string>());
        Assert.Matches("^[A-Za-z0-9_-]+$", first.Body["conversationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reconnect_WithWatermark_GivesANewStreamUrlCarryingIt_AndAToken()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();

        var (status, body) = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=3", token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{conversationId}/stream?watermark=3&t=", body["streamUrl"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["token"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UnknownConversation_WithSecret_Is404ErrorResponse()
    {
        var reconnect = await _client.CallAsync(HttpMethod.Get, "/v3/directline/conversations/nope", DirectLineTestClient.Secret);
        var poll = await _client.CallAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", DirectLineTestClient.Secret);
        var post = await _client.CallAsync(
            HttpMethod.Post, "/v3/directline/conversations/nope/activities", DirectLineTestClient.Secret, DirectLineTestClient.Message("hi"));

        Assert.All([reconnect, poll, post], r => Assert.Equal(HttpStatusCode.NotFound, r.Status));
        Assert.Equal("BadArgument", poll.Body["error"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"type\":\"message\"", "BadArgument")]
    [InlineData("[1,2]", "BadArgument")]
    [InlineData("{\"text\":\"no type\"}", "MissingProperty")]
    [InlineData("{\"type\":\"message\",\"from\":\"me\"}", "BadArgument")]
    [InlineData("{\"type\":\"message\"} trailing", "BadArgument")]
    [InlineData("{\"type\":\"message\",\"localTimestamp\":\"yesterday\"}", "BadArgument")]
    public async Task Post_MalformedActivity_Is400ErrorResponse(string body, string code)
    {
        var (conversationId, token, _) = await _client.ConnectAsync();

        var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await DirectLineTestClient.JsonAsync(response))["error"]!["code"]!.GetValue<string>());
        Assert.Empty((await _client.PollAsync(conversationId, token)).Activities);
    }

    [Fact]
    public async Task Post_ActivityOver256KCharacters_Is413()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();

        var (status, body) = await _client.CallAsync(
            HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, DirectLineTestClient.Message(new string('a', 256 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("MessageSizeTooBig", body["error"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-5")]
    public async Task Poll_MalformedWatermark_Is400(string watermark)
    {
        var (conversationId, token, _) = await _client.ConnectAsync();

        var (status, _) = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }
}
