using System.ComponentModel.DataAnnotations;

namespace Termine.Bot.Hosting;

/// <summary>
/// The proxies whose X-Forwarded-For and X-Forwarded-Proto the host believes. None by default: a header from anyone
/// else is ignored, or a resident could pick the address the rate limits count.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "Termine:ReverseProxy";

    /// <summary>Addresses of the proxies in front of Termine, e.g. 10.0.0.5 or ::1.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. 10.0.0.0/24.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may add an X-Forwarded-For entry (county proxy + load balancer = 2).</summary>
    [Range(1, 5)]
    public int ForwardLimit { get; set; } = 1;
}
