using System.Data.Common;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// One conversation's WebSocket: first what came after the watermark, then each new ActivitySet as a text message
/// when a signal says there is one. A silent stream sends an empty message at each keep-alive, after looking in the
/// database for anything a lost signal did not announce. The client's messages (empty pings) are read and ignored.
/// </summary>
public sealed class DirectLineStream(
    DirectLineActivityStore activities, ActivitySignals signals, IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineStream> logger)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, CancellationToken cancellationToken)
    {
        using var subscription = signals.Subscribe(conversationId);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, subscription.Superseded);
        var receiving = ReceiveUntilClosedAsync(socket, stop);
        var closeStatus = WebSocketCloseStatus.NormalClosure;
        try
        {
            await SendUntilStoppedAsync(socket, subscription, watermark, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client closed, a newer stream took over, or the host is stopping.
        }
        catch (Exception exception) when (IsGone(exception))
        {
            // The client is gone.
        }
        catch (DbException exception)
        {
            logger.StreamFailed(DirectLineEndpoints.ForLog(conversationId), exception);
            closeStatus = WebSocketCloseStatus.InternalServerError;
        }

        await CloseAsync(socket, closeStatus, subscription.Superseded.IsCancellationRequested ? "collision" : null);
        // Give the client a moment to answer the close; at shutdown, none.
        await Task.WhenAny(receiving, Task.Delay(CloseTimeout, time, cancellationToken));
        if (!receiving.IsCompleted)
        {
            socket.Abort();
        }

        await receiving;
    }

    private async Task SendUntilStoppedAsync(WebSocket socket, ActivitySubscription subscription, long watermark, CancellationToken cancellationToken)
    {
        var signalled = true;
        while (true)
        {
            var sent = false;
            ActivityPage page;
            do
            {
                page = await activities.ReadAfterAsync(subscription.ConversationId, watermark, forStream: true, cancellationToken);
                if (page.Activities.Count > 0)
                {
                    await SendAsync(socket, ActivityJson.ActivitySet(page.Activities, page.Watermark), cancellationToken);
                    sent = true;
                }

                watermark = page.Watermark;
            }
            while (page.Activities.Count == DirectLineActivityStore.PageSize);

            if (!signalled && !sent)
            {
                await SendAsync(socket, "", cancellationToken);
            }

            signalled = await subscription.WaitAsync(options.Value.StreamKeepAlive, time, cancellationToken);
        }
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Reads until the client closes or goes away, then stops the sending side.</summary>
    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[1024];
        try
        {
            // No token: cancelling a receive would abort the socket before the close could be sent.
            while ((await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None)).MessageType != WebSocketMessageType.Close)
            {
            }
        }
        catch (Exception exception) when (IsGone(exception) || exception is OperationCanceledException)
        {
            // The client is gone, or the socket was aborted after the close timed out.
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string? reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            await socket.CloseOutputAsync(status, reason, CancellationToken.None);
        }
        catch (Exception exception) when (IsGone(exception))
        {
            // The client went away while we were closing.
        }
    }

    /// <summary>How a vanished client shows: the WebSocket's own error, or the connection's underneath it.</summary>
    private static bool IsGone(Exception exception) => exception is WebSocketException or IOException or ObjectDisposedException;
}
