using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Termine.Bot.Channels.DirectLine;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>What Web Chat needs to show a conversation: the welcome, echoes as sent with the id the bot saw, watermarks.</summary>
public sealed class DirectLineActivityTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;
    private HttpClient _http = null!;
    private DirectLineTestClient _client = null!;

    public DirectLineActivityTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, DirectLineTestClient.Settings());
        _http = _factory.CreateClient();
        _client = new DirectLineTestClient(_http);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task JoinEvent_IsEchoed_AndAnsweredWithTheWelcome()
    {
        var (conversationId, token, userId) = await _client.ConnectAsync();

        var id = await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));

        var (activities, watermark) = await _client.PollAsync(conversationId, token);
        Assert.Equal($"{conversationId}|0000001", id);
        var echo = activities[0]!;
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.Equal("webchat/join", echo["name"]!.GetValue<string>());
        Assert.Equal(userId, echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal("directline", echo["channelId"]!.GetValue<string>());
        Assert.EndsWith("Z", echo["timestamp"]!.GetValue<string>());
        var replies = activities.Skip(1).Select(a => a!).ToList();
        Assert.True(replies.Count >= 2);
        Assert.All(replies, r => Assert.Equal("bot", r["from"]!["role"]!.GetValue<string>()));
        Assert.All(replies, r => Assert.Equal(id, r["replyToId"]!.GetValue<string>()));
        Assert.Equal("service", replies[^1]["channelData"]!["expecting"]!.GetValue<string>());
        Assert.Equal((activities.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
    }

    [Fact]
    public async Task Message_EchoKeepsChannelDataUntouched_AndHasTheIdTheBotRepliedTo()
    {
        var (conversationId, token, userId) = await _client.ConnectAsync();
        await _client.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("webchat/join"));
        var (_, watermark) = await _client.PollAsync(conversationId, token);
        var message = DirectLineTestClient.Message("extend my residence permit");
        message["channelData"]!["custom"] = JsonNode.Parse("""{"at":"2026-01-01T10:00:00+01:00","n":[1,2.5,null,true],"deep":{"x":{"y":"z"}}}""");
        var sent = message["channelData"]!.DeepClone();

        var id = await _client.PostActivityAsync(conversationId, token, message);

        var (activities, _) = await _client.PollAsync(conversationId, token, watermark);
        var echo = activities[0]!;
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(sent, echo["channelData"]), echo["channelData"]!.ToJsonString());
        Assert.Equal(userId, echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("2026-11-24T09:00:00.000+01:00", echo["localTimestamp"]!.GetValue<string>());
        Assert.NotEmpty(activities.Skip(1));
        Assert.All(activities.Skip(1), r => Assert.Equal(id, r!["replyToId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Poll_Watermark_PagesThroughTheConversation_AndLeavesOutTyping()
    {
        var (conversationId, token, _) = await _client.ConnectAsync();
        var store = _factory.Services.GetRequiredService<DirectLineActivityStore>();
        for (var i = 0; i < DirectLineActivityStore.PageSize + 20; i++)
        {
            await store.AppendAsync(conversationId, new JObject { ["type"] = "event", ["name"] = $"e{i}" }, CancellationToken.None);
        }

        await store.AppendAsync(conversationId, new JObject { ["type"] = "typing" }, CancellationToken.None);

        var first = await _client.PollAsync(conversationId, token);
        var second = await _client.PollAsync(conversationId, token, first.Watermark);
        var third = await _client.PollAsync(conversationId, token, second.Watermark);
        Assert.Equal(100, first.Activities.Count);
        Assert.Equal("100", first.Watermark);
        Assert.Equal(20, second.Activities.Count);
        Assert.Equal($"{conversationId}|0000101", second.Activities[0]!["id"]!.GetValue<string>());
        Assert.Equal("121", second.Watermark);
        Assert.Empty(third.Activities);
        Assert.Equal("121", third.Watermark);
    }

    [Fact]
    public async Task FailingTurn_Is200_AndTheApologyFollowsTheEcho()
    {
        await using var factory = new TermineFactory(_database, DirectLineTestClient.Settings(), services => services.AddTransient<IBot, FailingBot>());
        var client = new DirectLineTestClient(factory.CreateClient());
        var (conversationId, token, _) = await client.ConnectAsync();

        var id = await client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message("hello"));

        var (activities, _) = await client.PollAsync(conversationId, token);
        Assert.Equal(2, activities.Count);
        Assert.Equal(id, activities[0]!["id"]!.GetValue<string>());
        Assert.Equal("bot", activities[1]!["from"]!["role"]!.GetValue<string>());
        Assert.Equal(id, activities[1]!["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upload_FilesReachTheBotAsDataUrls_InTheEchoToo()
    {
        var (conversationId, token, userId) = await _client.ConnectAsync();
        var activity = DirectLineTestClient.Message("");
        activity["attachments"] = new JsonArray(
            new JsonObject { ["contentType"] = "image/png", ["name"] = "photo.png", ["thumbnailUrl"] = $"data:image/png;base64,{TinyPng}" });
        var png = Convert.FromBase64String(TinyPng);

        var response = await UploadAsync(conversationId, token, userId, activity.ToJsonString(), png);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activities, _) = await _client.PollAsync(conversationId, token);
        var attachment = activities[0]!["attachments"]![0]!;
        Assert.Equal($"data:image/png;base64,{Convert.ToBase64String(png)}", attachment["contentUrl"]!.GetValue<string>());
        Assert.Equal("photo.png", attachment["name"]!.GetValue<string>());
        Assert.Equal($"data:image/png;base64,{TinyPng}", attachment["thumbnailUrl"]!.GetValue<string>());
        Assert.True(activities.Count > 1);
    }

    [Fact]
    public async Task Upload_OverTheLimit_Is413()
    {
        var (conversationId, token, userId) = await _client.ConnectAsync();

        var response = await UploadAsync(conversationId, token, userId, activity: null, new byte[1024 * 1024 + 1]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty((await _client.PollAsync(conversationId, token)).Activities);
    }

    [Fact]
    public async Task UpdateAndDelete_AreRefused()
    {
        var adapter = _factory.Services.GetRequiredService<DirectLineAdapter>();
        using var context = new TurnContext(adapter, new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message));

        await Assert.ThrowsAsync<NotSupportedException>(() => context.UpdateActivityAsync(new Microsoft.Bot.Schema.Activity { Id = "x" }));
        await Assert.ThrowsAsync<NotSupportedException>(() => context.DeleteActivityAsync("x"));
    }

    /// <summary>As directlinejs sends a message with attachments: an activity part (a Blob, so named "blob") and one part per file.</summary>
    private async Task<HttpResponseMessage> UploadAsync(string conversationId, string token, string userId, string? activity, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        if (activity is not null)
        {
            var part = new StringContent(activity);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
            form.Add(part, "activity", "blob");
        }

        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(content, "file", "photo.png");
        var path = $"/v3/directline/conversations/{conversationId}/upload?userId={userId}";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _http.SendAsync(request);
    }

    /// <summary>A real 1×1 PNG: uploads are known by their bytes.</summary>
    private const string TinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private sealed class FailingBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The bot failed on purpose.");
    }
}
