using System.Net;
using Microsoft.Extensions.Options;

namespace Termine.Bot.Telemetry;

/// <summary>Stops the start on a telemetry setting that would silently export nowhere or expose /metrics wrongly.</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint)
            && !(Uri.TryCreate(options.Otlp.Endpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"))
        {
            failures.Add($"Termine:Telemetry:Otlp:Endpoint is '{options.Otlp.Endpoint}'; it must be an absolute http:// or https:// address such as http://otel-collector:4317.");
        }

        if (options.Otlp.Protocol is not (TelemetryOptions.OtlpSettings.Grpc or TelemetryOptions.OtlpSettings.HttpProtobuf))
        {
            failures.Add($"Termine:Telemetry:Otlp:Protocol is '{options.Otlp.Protocol}'; allowed are '{TelemetryOptions.OtlpSettings.Grpc}' and '{TelemetryOptions.OtlpSettings.HttpProtobuf}'.");
        }

        if (options.MetricsPort is { } port && port is < 1 or > 65535)
        {
            failures.Add($"Termine:Telemetry:MetricsPort is {port}; it must be a port number from 1 to 65535.");
        }

        for (var i = 0; i < options.MetricsNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(options.MetricsNetworks[i], out _))
            {
                failures.Add($"Termine:Telemetry:MetricsNetworks:{i} is '{options.MetricsNetworks[i]}'; it must be a network in CIDR notation such as 10.20.0.0/16 or fd00::/8.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
