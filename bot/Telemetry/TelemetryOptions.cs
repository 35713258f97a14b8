namespace Termine.Bot.Telemetry;

/// <summary>Where traces and metrics go (section <c>Termine:Telemetry</c>); nothing is exported unless asked.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Termine:Telemetry";

    public OtlpSettings Otlp { get; set; } = new();

    /// <summary>Serve the metrics at <c>/metrics</c> for Prometheus to scrape.</summary>
    public bool Prometheus { get; set; }

    /// <summary>When set, <c>/metrics</c> answers only requests that arrived on this local port.</summary>
    public int? MetricsPort { get; set; }

    /// <summary>When set, <c>/metrics</c> answers only callers in these networks (CIDR, e.g. 10.20.0.0/16).</summary>
    public List<string> MetricsNetworks { get; set; } = [];

    public sealed class OtlpSettings
    {
        public const string Grpc = "grpc";
        public const string HttpProtobuf = "http/protobuf";

        /// <summary>The collector's base address, e.g. http://otel-collector:4317; empty = no OTLP export.</summary>
        public string? Endpoint { get; set; }

        /// <summary><see cref="Grpc"/> or <see cref="HttpProtobuf"/>.</summary>
        public string Protocol { get; set; } = Grpc;
    }
}
