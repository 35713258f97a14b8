using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Termine.Booking.Telemetry;

namespace Termine.Bot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// OpenTelemetry for ASP.NET Core, HttpClient, EF Core, Npgsql, the runtime and Termine's own spans and meter,
    /// exported by OTLP when <c>Termine:Telemetry:Otlp:Endpoint</c> (or the standard OTEL_EXPORTER_OTLP_ENDPOINT) is
    /// set, and served to Prometheus when <c>Termine:Telemetry:Prometheus</c> is true. Nothing is collected otherwise.
    /// </summary>
    public static WebApplicationBuilder AddTermineTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        builder.Services.AddSingleton(sp => new MetricsAccess(sp.GetRequiredService<IOptions<TelemetryOptions>>().Value));

        // Read here because the exporters are chosen while the services are registered; the validator above stops a
        // start on a malformed value, which is therefore never used.
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlpEndpoint = Uri.TryCreate(options.Otlp.Endpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;
        var otlpFromEnvironment = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        if (otlpEndpoint is null && !otlpFromEnvironment && !options.Prometheus)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("termine"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(TermineTelemetry.Name)
                    // Created with the meter provider, so the outbox gauges exist before the first booking or scrape.
                    .AddInstrumentation(sp => sp.GetRequiredService<BookingMetrics>())
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation();
                if (options.Prometheus)
                {
                    // No cached answer: the exporter would otherwise repeat a scrape's numbers for 300 ms, and a
                    // scrape right after a booking would not show it. Scrapes come every few seconds at most.
                    metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
        if (otlpEndpoint is null && !otlpFromEnvironment)
        {
            return builder;
        }

        telemetry.WithTracing(tracing => tracing
            .AddSource(TermineTelemetry.Name)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddEntityFrameworkCoreInstrumentation()
            .AddNpgsql()
            // Before the exporter's processor, so no exporter sees a token.
            .AddProcessor(new TraceRedaction()));
        if (otlpEndpoint is not null)
        {
            telemetry.UseOtlpExporter(
                options.Otlp.Protocol == TelemetryOptions.OtlpSettings.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc,
                otlpEndpoint);
        }
        else
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// <c>/metrics</c> for Prometheus, answered only to whom <see cref="MetricsAccess"/> allows; anyone else gets the
    /// 404 of a path that does not exist.
    /// </summary>
    public static WebApplication UseTermineMetrics(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
        {
            return app;
        }

        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == "/metrics" && access.Allows(context));
        return app;
    }
}
