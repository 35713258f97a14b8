using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Termine.Testing.Waiting;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>A Direct Line stream as directlinejs reads it: text messages, each an ActivitySet or empty (keep-alive).</summary>
public sealed class StreamClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly WebSocket _socket;
    private Task<string?>? _pending;

    private StreamClient(WebSocket socket) => _socket = socket;

    /// <summary>Every activity received so far, in order.</summary>
    public List<JsonObject> Activities { get; } = [];

    public string? LastWatermark { get; private set; }

    public string? CloseDescription => _socket.CloseStatusDescription;

    public static async Task<StreamClient> ConnectAsync(TestServer server, string streamUrl) =>
        new(await server.CreateWebSocketClient().ConnectAsync(new Uri(streamUrl), CancellationToken.None));

    /// <summary>Reads ActivitySets until an activity matches, calling <paramref name="whileWaiting"/> meanwhile.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, Action? whileWaiting = null)
    {
        JsonObject? found;
        while ((found = Activities.FirstOrDefault(match)) is null)
        {
            if (await NextMessageAsync(whileWaiting) is null)
            {
                throw new Xunit.Sdk.XunitException("The server closed the stream.");
            }
        }

        return found;
    }

    /// <summary>
    /// The next text message ("" for a keep-alive), or null once the server closed the stream. While it waits,
    /// <paramref name="whileWaiting"/> runs now and then (to move a fake clock, say).
    /// </summary>
    public async Task<string?> NextMessageAsync(Action? whileWaiting = null)
    {
        var next = _pending ??= ReceiveAsync();
        await Eventually.TrueAsync(
            () =>
            {
                whileWaiting?.Invoke();
                return next.IsCompleted;
            },
            because: "the stream to send its next message",
            deadline: Patience);

        _pending = null;
        var message = await next;
        if (!string.IsNullOrEmpty(message))
        {
            var set = JsonNode.Parse(message)!.AsObject();
            Activities.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
            LastWatermark = set["watermark"]!.GetValue<string>();
        }

        return message;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        _socket.Dispose();
    }

    private async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            text.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(text.ToArray());
            }
        }
    }
}
