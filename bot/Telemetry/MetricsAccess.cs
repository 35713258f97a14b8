using System.Net;

namespace Termine.Bot.Telemetry;

/// <summary>
/// Who may read <c>/metrics</c>. With a port, only requests that arrived on that local port (the connection's port,
/// not the Host header, which the caller chooses); with networks, only callers in them; with both, both must hold.
/// With neither, only the machine itself (loopback): the metrics name services and volumes, not for the internet.
/// </summary>
public sealed class MetricsAccess(TelemetryOptions options)
{
    private readonly IReadOnlyList<IPNetwork> _networks = options.MetricsNetworks.Select(n => IPNetwork.Parse(n)).ToList();

    public bool Allows(HttpContext context)
    {
        if (options.MetricsPort is { } port && context.Connection.LocalPort != port)
        {
            return false;
        }

        var remote = context.Connection.RemoteIpAddress;
        if (remote is null)
        {
            return false;
        }

        remote = remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote;
        if (_networks.Count > 0)
        {
            return _networks.Any(n => n.Contains(remote));
        }

        return options.MetricsPort is not null || IPAddress.IsLoopback(remote);
    }
}
