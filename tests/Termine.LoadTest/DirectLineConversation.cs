using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Termine.LoadTest;

/// <summary>
/// One web chat conversation as Web Chat 4.18.1 holds it: a token from the page's endpoint, the conversation started
/// with it, the WebSocket stream open, activities posted over REST. The stream may be on another host than the posts
/// (<paramref name="streamBaseUrl"/>), which is how a second host's LISTEN/NOTIFY delivery gets exercised.
/// </summary>
public sealed class DirectLineConversation : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly string _postBaseUrl;
    private readonly WebSocket _socket;
    private readonly Channel<BotReply> _arrivals = Channel.CreateUnbounded<BotReply>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<BotReply> _unclaimed = [];
    private readonly Task _receiving;
    private readonly string _conversationId;
    private readonly string _token;
    private int _posted;

    private DirectLineConversation(HttpClient http, string postBaseUrl, string conversationId, string token, WebSocket socket)
    {
        (_http, _postBaseUrl, _conversationId, _token, _socket) = (http, postBaseUrl, conversationId, token, socket);
        _receiving = ReceiveAsync();
    }

    /// <param name="connect">Opens a WebSocket (a ClientWebSocket, or a test server's client in a test).</param>
    public static async Task<DirectLineConversation> StartAsync(
        HttpClient http, string postBaseUrl, string streamBaseUrl, Func<Uri, CancellationToken, Task<WebSocket>> connect,
        CancellationToken cancellationToken)
    {
        var page = await ReadJsonAsync(await http.PostAsync($"{postBaseUrl}/api/webchat/token", null, cancellationToken), "page token", cancellationToken);
        var started = await ReadJsonAsync(
            await SendAsync(http, HttpMethod.Post, $"{postBaseUrl}/v3/directline/conversations", page["token"]!.GetValue<string>(), null, cancellationToken),
            "conversation start", cancellationToken);
        var streamUrl = new UriBuilder(started["streamUrl"]!.GetValue<string>());
        var streamHost = new Uri(streamBaseUrl);
        (streamUrl.Host, streamUrl.Port) = (streamHost.Host, streamHost.Port);
        var socket = await connect(streamUrl.Uri, cancellationToken);
        return new DirectLineConversation(
            http, postBaseUrl, started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>(), socket);
    }

    /// <summary>Posts an activity as Web Chat does and returns its id once the host has run the turn.</summary>
    public async Task<string> PostAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        activity["channelData"] = new JsonObject { ["clientActivityID"] = $"load-{++_posted}", ["attachmentSizes"] = new JsonArray() };
        var response = await SendAsync(
            _http, HttpMethod.Post, $"{_postBaseUrl}/v3/directline/conversations/{_conversationId}/activities", _token, activity.ToJsonString(),
            cancellationToken);
        return (await ReadJsonAsync(response, "post", cancellationToken))["id"]!.GetValue<string>();
    }

    /// <summary>
    /// The first reply to <paramref name="activityId"/> that <paramref name="ends"/> says ends the turn; null when the
    /// stream brought none within <paramref name="patience"/> (the turn is already over when this is called).
    /// </summary>
    public async Task<BotReply?> WaitForReplyAsync(string activityId, Func<BotReply, bool> ends, TimeSpan patience, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(patience);
        while (true)
        {
            var found = _unclaimed.FirstOrDefault(r => r.ReplyToId == activityId && ends(r));
            if (found is not null)
            {
                // Everything up to the turn's end belongs to this turn or an earlier one: what comes later, to a later one.
                _unclaimed.RemoveAll(r => r.ArrivedAt <= found.ArrivedAt);
                return found;
            }

            try
            {
                _unclaimed.Add(await _arrivals.Reader.ReadAsync(timeout.Token));
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (ChannelClosedException)
            {
                throw new LoadTestException("stream closed", "The host closed the stream.");
            }
        }
    }

    /// <summary>The replies to <paramref name="activityId"/> that arrived so far, for a report of an unexpected turn.</summary>
    public IEnumerable<BotReply> RepliesTo(string activityId) => _unclaimed.Where(r => r.ReplyToId == activityId);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The host is already gone.
            }
        }

        _socket.Abort();
        await _receiving;
        _socket.Dispose();
    }

    /// <summary>Reads ActivitySets (empty messages are keep-alives) and hands on the bot's activities as they arrive.</summary>
    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var arrivedAt = Stopwatch.GetTimestamp();
                if (message.Length > 0)
                {
                    var set = JsonNode.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length))!;
                    foreach (var activity in set["activities"]!.AsArray().Select(a => a!.AsObject()))
                    {
                        if (activity["from"]?["role"]?.GetValue<string>() == "bot")
                        {
                            _arrivals.Writer.TryWrite(new BotReply(activity, arrivedAt));
                        }
                    }
                }

                message.SetLength(0);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closed by us, or the host went away: the waiting side learns it from the closed channel.
        }
        finally
        {
            _arrivals.Writer.TryComplete();
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, HttpMethod method, string url, string bearer, string? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request, cancellationToken);
    }

    private static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new LoadTestException($"{what} HTTP {(int)response.StatusCode}", await response.Content.ReadAsStringAsync(cancellationToken));
            }

            return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        }
    }
}
