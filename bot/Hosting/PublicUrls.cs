using Microsoft.Extensions.Options;
using Termine.Booking.Notifications;

namespace Termine.Bot.Hosting;

/// <summary>
/// Every absolute URL the host gives out, built from Termine:PublicBaseUrl and never from the request: behind a proxy
/// the request says http and the proxy's name, and a caller can put any name into the Host header.
/// </summary>
public sealed class PublicUrls(IOptions<SiteOptions> site)
{
    /// <summary>Where <c>dotnet run</c> listens when nothing else is configured; Development only.</summary>
    public const string DevelopmentBaseUrl = "http://localhost:5000";

    private readonly Uri _base = new(site.Value.PublicBaseUrl.TrimEnd('/') + "/");

    /// <summary>The public base with a trailing slash, e.g. https://termine.example.org/.</summary>
    public string Base => _base.AbsoluteUri;

    /// <summary>The origin of the WebSocket streams: wss when the public address is https.</summary>
    public string WebSocketOrigin => $"{WebSocketScheme}://{_base.Authority}";

    /// <summary>An absolute http(s) URL for a path below the base (the path without a leading slash is fine, too).</summary>
    public string Http(string path) => Base + path.TrimStart('/');

    /// <summary>The ws(s) URL for a path below the base.</summary>
    public string WebSocket(string pathAndQuery) => $"{WebSocketScheme}://{_base.Authority}{_base.AbsolutePath}{pathAndQuery.TrimStart('/')}";

    private string WebSocketScheme => _base.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
}
