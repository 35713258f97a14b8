using System.Text;
using Termine.Bot.Hosting;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>What the Direct Line endpoints read from a request, and the URLs they build from it.</summary>
public static class DirectLineRequests
{
    /// <summary>
    /// The body as text, or null when it is longer than <paramref name="maxChars"/> (read no further) or than the
    /// endpoint's body limit (Kestrel stops reading there).
    /// </summary>
    public static async Task<string?> ReadBodyAsync(HttpRequest request, int maxChars, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var text = new StringBuilder();
        var buffer = new char[8192];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (text.Length + read > maxChars)
                {
                    return null;
                }

                text.Append(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return text.ToString();
    }

    /// <summary>The serviceUrl the bot sees: this host. The bot never calls it; its replies go through the adapter.</summary>
    public static string ServiceUrl(PublicUrls urls) => urls.Base;

    /// <summary>
    /// An absolute ws:// or wss:// URL (as clients connect to it), carrying the watermark to replay from and a stream
    /// token, since a browser cannot send an Authorization header with a WebSocket. Built from the public address
    /// (wss when it is https), never from the request's Host header.
    /// </summary>
    public static string StreamUrl(PublicUrls urls, string conversationId, long watermark, string streamToken) =>
        urls.WebSocket($"{DirectLineEndpoints.BasePath}/conversations/{conversationId}/stream"
            + $"?watermark={DirectLineIds.Watermark(watermark)}&t={Uri.EscapeDataString(streamToken)}");
}
