using System.Net;
using Microsoft.Extensions.Options;

namespace Termine.Bot.Hosting;

/// <summary>Every proxy an IP address, every network CIDR; a mistyped entry would otherwise trust nobody, silently.</summary>
public sealed class ReverseProxyOptionsValidation : IValidateOptions<ReverseProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ReverseProxyOptions options)
    {
        var problems = options.KnownProxies
            .Select((value, i) => IPAddress.TryParse(value, out _)
                ? null
                : $"{ReverseProxyOptions.SectionName}:KnownProxies:{i} is '{value}'; it must be an IP address such as 10.0.0.5 or ::1.")
            .Concat(options.KnownNetworks.Select((value, i) => IPNetwork.TryParse(value, out _)
                ? null
                : $"{ReverseProxyOptions.SectionName}:KnownNetworks:{i} is '{value}'; it must be a network in CIDR notation such as 10.0.0.0/24."))
            .OfType<string>()
            .ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
