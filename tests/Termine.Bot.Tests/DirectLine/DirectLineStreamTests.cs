using System.Net;
using System.Text.Json.Nodes;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>The WebSocket: replay after the watermark, then each new ActivitySet; keep-alives; one stream per conversation.</summary>
public sealed class DirectLineStreamTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;
    private DirectLineTestClient _client = null!;

    public DirectLineStreamTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, DirectLineTestClient.Settings());
        _client = new DirectLineTestClient(_factory.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Stream_ReplaysAfterTheWatermark_ThenPushesEachNewActivity()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();
        var joinId = await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));

        await using var stream = await StreamClient.ConnectAsync(_factory.Server, await StreamUrlAsync(conversationId, token, "1"));
        await stream.WaitForAsync(a => a["channelData"]?["expecting"]?.GetValue<string>() == "service");
        var messageId = await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("extend my residence permit"));
        var echo = await stream.WaitForAsync(a => a["id"]!.GetValue<string>() == messageId);
        var (polled, watermark) = await _client.PollAsync(conversationId, token);
        await stream.WaitForAsync(a => a["id"]!.GetValue<string>() == polled[^1]!["id"]!.GetValue<string>());

        Assert.All(stream.Activities, a => Assert.True(string.CompareOrdinal(a["id"]!.GetValue<string>(), joinId) > 0));
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal(messageId, polled[^1]!["replyToId"]!.GetValue<string>());
        Assert.Equal(watermark, stream.LastWatermark);
    }

    [Fact]
    public async Task SilentStream_SendsAnEmptyMessageAtEachKeepAlive()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();
        await using var stream = await StreamClient.ConnectAsync(_factory.Server, await StreamUrlAsync(conversationId, token, ""));

        var message = await stream.NextMessageAsync(() => _factory.Time.Advance(TimeSpan.FromSeconds(5)));

        Assert.Equal("", message);
        Assert.Empty(stream.Activities);
    }

    [Fact]
    public async Task SecondStream_OfAConversation_ClosesTheFirstWithCollision()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();
        await using var first = await StreamClient.ConnectAsync(_factory.Server, await StreamUrlAsync(conversationId, token, ""));

        await using var second = await StreamClient.ConnectAsync(_factory.Server, await StreamUrlAsync(conversationId, token, ""));
        var closed = await first.NextMessageAsync();
        var id = await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));

        Assert.Null(closed);
        Assert.Equal("collision", first.CloseDescription);
        await second.WaitForAsync(a => a["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Stream_WithoutWebSocketOrWithARestToken_IsRefused()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();
        var streamUrl = await StreamUrlAsync(conversationId, token, "");
        var withRestToken = streamUrl[..(streamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)] + token;

        var plain = await _client.SendAsync(HttpMethod.Get, new Uri(streamUrl).PathAndQuery, bearer: null, body: null);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => StreamClient.ConnectAsync(_factory.Server, withRestToken));

        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Contains("403", refused.Message);
    }

    [Fact]
    public async Task StreamUrl_UsedAfterAMinute_IsRefused()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();
        var streamUrl = await StreamUrlAsync(conversationId, token, "");
        _factory.Time.Advance(TimeSpan.FromSeconds(61));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => StreamClient.ConnectAsync(_factory.Server, streamUrl));

        Assert.Contains("403", refused.Message);
    }

    private async Task<string> StreamUrlAsync(string conversationId, string token, string watermark)
    {
        var (status, body) = await _client.CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, status);
        return body["streamUrl"]!.GetValue<string>();
    }
}
