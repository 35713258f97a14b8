using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Termine.Testing.DirectLine;

/// <summary>Direct Line's REST calls as a test makes them, with the activities shaped as Web Chat 4.18.1 posts them.</summary>
public sealed class DirectLineTestClient(HttpClient http)
{
    /// <summary>A secret for the test hosts; hosts sharing it accept each other's tokens.</summary>
    public const string Secret = "termine-test-secret-0123456789abcdefghijklmnop";

    private static int _activities;

    public static Dictionary<string, string?> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Termine:DirectLine:Secret"] = Secret };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>What the page does: a token (and its conversation and user) from the anonymous endpoint.</summary>
    public async Task<JsonObject> PageTokenAsync()
    {
        var response = await http.PostAsync("/api/webchat/token", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    /// <summary>A started conversation, as Web Chat has it after connecting: conversation id, token, user id.</summary>
    public async Task<(string ConversationId, string Token, string UserId)> ConnectAsync()
    {
        var page = await PageTokenAsync();
        var (status, started) = await CallAsync(HttpMethod.Post, "/v3/directline/conversations", page["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, status);
        return (started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>(), page["userId"]!.GetValue<string>());
    }

    public async Task<(HttpStatusCode Status, JsonObject Body)> CallAsync(HttpMethod method, string path, string? bearer, JsonNode? body = null)
    {
        var response = await SendAsync(method, path, bearer, body?.ToJsonString());
        return (response.StatusCode, await JsonAsync(response));
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public async Task<string> PostActivityAsync(string conversationId, string token, JsonObject activity)
    {
        var (status, body) = await CallAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity);
        Assert.Equal(HttpStatusCode.OK, status);
        return body["id"]!.GetValue<string>();
    }

    /// <summary>One poll: the ActivitySet after the watermark.</summary>
    public async Task<(JsonArray Activities, string Watermark)> PollAsync(string conversationId, string token, string watermark = "")
    {
        var (status, body) = await CallAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, status);
        return (body["activities"]!.AsArray(), body["watermark"]!.GetValue<string>());
    }

    public static JsonObject Event(string name) => FromWebChat(new JsonObject { ["type"] = "event", ["name"] = name, ["value"] = new JsonObject() });

    public static JsonObject Message(string text) => FromWebChat(new JsonObject { ["type"] = "message", ["text"] = text, ["textFormat"] = "plain" });

    public static async Task<JsonObject> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>No id, timestamp or conversation; a clientActivityID in channelData, and channel "webchat", as Web Chat sends.</summary>
    private static JsonObject FromWebChat(JsonObject activity)
    {
        activity["channelId"] = "webchat";
        activity["from"] = new JsonObject { ["id"] = "r_webchat", ["name"] = "", ["role"] = "user" };
        activity["locale"] = "en-US";
        activity["localTimestamp"] = "2026-11-24T09:00:00.000+01:00";
        activity["channelData"] = new JsonObject
        {
            ["clientActivityID"] = $"client-{Interlocked.Increment(ref _activities)}",
            ["attachmentSizes"] = new JsonArray(),
        };
        return activity;
    }
}
