using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Termine.Booking.Persistence;
using Termine.Bot.Telemetry;
using Termine.Bot.Tests.Admin.Transcripts;
using Termine.Bot.Tests.Telegram;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Waiting;

namespace Termine.Bot.Tests.Telemetry;

[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    [Fact]
    public async Task Booking_ThroughTheApiAndAChat_ShowsUpInMetrics()
    {
        await using var host = TelemetryHost.Start(database, _ => new Dictionary<string, string?> { ["Termine:Telemetry:Prometheus"] = "true" });
        using var client = host.Client(host.Port);

        // The meter is named "Termine" in every host of this test process, and a MeterListener hears all of them, so
        // other tests' bookings may count here too: the booking must add at least one, whatever else happens.
        string[] api = ["termine_channel=\"api\"", $"termine_service=\"{ServiceId}\"", "termine_team=\""];
        string[] webchat = ["termine_channel=\"webchat\"", $"termine_service=\"{ServiceId}\""];
        var before = await client.GetStringAsync("/metrics");

        await BookAsync(client, "2026-12-07", "metrics@example.org");
        await ChatBooking.BookAsync(host.Factory, $"metrics-{Guid.NewGuid():N}", "metrics-chat@example.org");
        var metrics = await client.GetStringAsync("/metrics");

        Assert.True(Value(metrics, "termine_bookings_total", api) >= ValueOrZero(before, "termine_bookings_total", api) + 1);
        Assert.True(Value(metrics, "termine_bookings_total", webchat) >= ValueOrZero(before, "termine_bookings_total", webchat) + 1);
        // A turn is counted when its outermost middleware ends, which may be just after the resident saw the last reply.
        metrics = await Eventually.GetAsync(
            () => client.GetStringAsync("/metrics"),
            m => ValueOrZero(m, "termine_chat_turns_total", "termine_channel=\"webchat\"", "termine_language=\"de\"") >= 10,
            because: "ten German web chat turns to be counted");

        var turnLines = string.Join("\n", metrics.Split('\n').Where(l => l.StartsWith("termine_chat_turn", StringComparison.Ordinal)));
        Assert.True(ValueOrZero(metrics, "termine_chat_turns_total", "termine_channel=\"webchat\"", "termine_language=\"de\"") >= 10, turnLines);
        Assert.True(ValueOrZero(metrics, "termine_chat_turn_duration_seconds_count", "termine_channel=\"webchat\"", "termine_language=\"de\"") >= 10, turnLines);
        // The confirmation e-mails are due and the host's clock stands still, so the outbox worker's pickup folder has
        // taken them or they wait: either way the gauges are there.
        Assert.Matches(new Regex(@"^termine_outbox_backlog(_messages)?(\{[^}]*\})? \d+", RegexOptions.Multiline), metrics);
        Assert.Matches(new Regex(@"^termine_outbox_oldest_due_age_seconds(\{[^}]*\})? [\d.eE+-]+", RegexOptions.Multiline), metrics);
    }

    [Fact]
    public async Task Metrics_WithNeitherPortNorNetworks_AreServedToLoopbackOnly()
    {
        await using var live = TelemetryHost.Start(database, _ => new Dictionary<string, string?> { ["Termine:Telemetry:Prometheus"] = "true" });
        using var loopback = live.Client(live.Port);
        await using var inProcess = new TermineFactory(database, new Dictionary<string, string?> { ["Termine:Telemetry:Prometheus"] = "true" });
        // The test server's requests come from no address at all, as a caller the host cannot place.
        using var unknown = inProcess.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await loopback.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unknown.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Metrics_WithAPort_AreRefusedOnAnyOtherPort()
    {
        await using var host = TelemetryHost.Start(database, metricsPort => new Dictionary<string, string?>
        {
            ["Termine:Telemetry:Prometheus"] = "true",
            ["Termine:Telemetry:MetricsPort"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var main = host.Client(host.Port);
        using var metricsPort = host.Client(host.SecondPort);
        var spoofed = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        spoofed.Headers.Host = $"127.0.0.1:{host.SecondPort}";

        Assert.Equal(HttpStatusCode.NotFound, (await main.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await main.SendAsync(spoofed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await metricsPort.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Metrics_WithNetworks_AreRefusedToCallersOutsideThem()
    {
        await using var host = TelemetryHost.Start(database, _ => new Dictionary<string, string?>
        {
            ["Termine:Telemetry:Prometheus"] = "true",
            ["Termine:Telemetry:MetricsNetworks:0"] = "10.20.0.0/16",
        });
        using var client = host.Client(host.Port);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
    }

    [Theory]
    [InlineData("Termine:Telemetry:MetricsNetworks:0", "10.20.0.0/33", "Termine:Telemetry:MetricsNetworks:0 is '10.20.0.0/33'")]
    [InlineData("Termine:Telemetry:MetricsPort", "70000", "Termine:Telemetry:MetricsPort is 70000")]
    [InlineData("Termine:Telemetry:Otlp:Protocol", "udp", "Termine:Telemetry:Otlp:Protocol is 'udp'")]
    [InlineData("Termine:Telemetry:Otlp:Endpoint", "collector:4317", "Termine:Telemetry:Otlp:Endpoint is 'collector:4317'")]
    public void Start_WithAMalformedTelemetrySetting_StopsNamingIt(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var options = configuration.GetSection("Termine:Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions();

        var result = new TelemetryOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage);
        // The start stops on it: Program prints the message as one line (StartupErrors) and the host never listens.
        using var factory = new TermineFactory(database, new Dictionary<string, string?> { [key] = value });
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public async Task Booking_ShowsUpAsATrace_WithoutTokensOrPersonalData()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var factory = new TermineFactory(database, new Dictionary<string, string?>
        {
            ["Termine:Telemetry:Otlp:Endpoint"] = receiver.Url,
            ["Termine:Telemetry:Otlp:Protocol"] = "http/protobuf",
        });
        using var client = factory.CreateClient();

        await BookAsync(client, "2026-12-08", "traced@example.org");
        await client.GetAsync("/checkin/SECRETCHECKINTOKEN123?t=SECRETQUERYTOKEN456");
        Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush());

        Assert.True(receiver.Received("termine.booking.book"));
        // The route as ASP.NET Core names it (Razor Pages without the leading slash), in place of the path.
        Assert.True(receiver.Received("checkin/{token}"));
        Assert.False(receiver.Received("SECRETCHECKINTOKEN123"));
        Assert.False(receiver.Received("SECRETQUERYTOKEN456"));
        Assert.False(receiver.Received("traced@example.org"));
        Assert.False(receiver.Received("Olena Kovalenko"));
    }

    [Fact]
    public async Task Booking_WritesOneInformationLine_WithIdsAndNoPersonalData()
    {
        var logs = new CapturedLogs();
        // Every request's line, as an operator switches it on.
        await using var factory = new TermineFactory(
            database, new Dictionary<string, string?> { ["Logging:LogLevel:Termine.Bot.Hosting.RequestLog"] = "Information" },
            s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        using var client = factory.CreateClient();

        var booked = await BookAsync(client, "2026-12-09", "logged@example.org");
        await client.GetAsync("/appointment/SECRETMANAGETOKEN789?lang=de");

        var reference = booked.GetProperty("reference").GetString()!;
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var id = (await db.Appointments.SingleAsync(a => a.Reference == reference)).Id.ToString();
        var lines = logs.Lines.ToList();
        var bookingLines = lines.Where(l => l.Contains(id, StringComparison.OrdinalIgnoreCase)).ToList();
        var bookedLine = Assert.Single(bookingLines, l => l.Contains("booked", StringComparison.Ordinal));
        Assert.Contains(ServiceId, bookedLine);
        Assert.Contains("api", bookedLine);
        Assert.Contains(lines, l => l.Contains("GET /appointment/{token} answered", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("logged@example.org", StringComparison.OrdinalIgnoreCase)
            || l.Contains("Olena", StringComparison.Ordinal) || l.Contains(reference, StringComparison.Ordinal)
            || l.Contains("SECRETMANAGETOKEN789", StringComparison.Ordinal) || l.Contains("lang=de", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> BookAsync(HttpClient client, string day, string email)
    {
        var slots = await client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}");
        var start = slots.EnumerateArray().First().GetProperty("start").GetString();
        var response = await client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start, fullName = "Olena Kovalenko", birthDate = "1988-03-02", email, phone = "02181 601-0", persons = 1, language = "uk",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The value of the one sample of <paramref name="name"/> whose labels contain every one of <paramref name="labels"/>.</summary>
    private static double ValueOrZero(string metrics, string name, params string[] labels) =>
        metrics.Split('\n').Any(l => l.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(label => l.Contains(label, StringComparison.Ordinal)))
            ? Value(metrics, name, labels)
            : 0;

    private static double Value(string metrics, string name, params string[] labels)
    {
        var samples = metrics.Split('\n')
            .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(label => l.Contains(label, StringComparison.Ordinal)))
            .ToList();
        var sample = Assert.Single(samples);
        return double.Parse(sample[(sample.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
