using System.Text;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>What the Direct Line endpoints read from a request, and the URLs they build from it.</summary>
public static class DirectLineRequests
{
    /// <summary>The body as text, or null when it is longer than <paramref name="maxChars"/> (read no further).</summary>
    public static async Task<string?> ReadBodyAsync(HttpRequest request, int maxChars, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (text.Length + read > maxChars)
            {
                return null;
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>The serviceUrl the bot sees: this host. The bot never calls it; its replies go through the adapter.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>
    /// An absolute ws:// or wss:// URL (as clients connect to it), carrying the watermark to replay from and a stream
    /// token, since a browser cannot send an Authorization header with a WebSocket.
    /// </summary>
    public static string StreamUrl(HttpRequest request, string conversationId, long watermark, string streamToken) =>
        $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{request.PathBase}{DirectLineEndpoints.BasePath}/conversations/{conversationId}/stream"
        + $"?watermark={DirectLineIds.Watermark(watermark)}&t={Uri.EscapeDataString(streamToken)}";
}
