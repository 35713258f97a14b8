using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Termine.Bot.Hosting;

public static class ReverseProxySetup
{
    /// <summary>
    /// X-Forwarded-For (the resident's address, for the rate limits) and X-Forwarded-Proto (https, for HSTS and the
    /// Secure cookies) from the configured proxies only. Not X-Forwarded-Host: no URL is built from the host name,
    /// they all come from Termine:PublicBaseUrl.
    /// </summary>
    public static IServiceCollection AddReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReverseProxyOptions>, ReverseProxyOptionsValidation>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            // The framework trusts loopback by default; here nothing is trusted unless configured.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline, so everything after it sees the resident's address and scheme. Left out when no proxy
    /// is configured: with both lists empty the framework's middleware would believe every caller.
    /// </summary>
    public static IApplicationBuilder UseReverseProxy(this IApplicationBuilder app)
    {
        var proxy = app.ApplicationServices.GetRequiredService<IOptions<ReverseProxyOptions>>().Value;
        return proxy.KnownProxies.Length == 0 && proxy.KnownNetworks.Length == 0 ? app : app.UseForwardedHeaders();
    }
}
