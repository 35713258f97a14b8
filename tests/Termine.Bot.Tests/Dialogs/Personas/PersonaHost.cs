using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>
/// One host and database for the whole persona suite (the clock stands still at the shared test "now"), and the
/// quality report, written and printed when the suite ends. Rate limits are lifted: the suite reads the slot list
/// once per persona from one address.
/// </summary>
public sealed class PersonaHost(IMessageSink diagnostics) : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");

    public TermineFactory Factory { get; private set; } = null!;

    public ConversationQualityReport Report { get; } = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Factory = new TermineFactory(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:PickupDirectory"] = _pickup,
            ["Termine:RateLimiting:ReadsPerMinute"] = "100000",
            ["Termine:RateLimiting:WritesPerHour"] = "100000",
            ["Termine:RateLimiting:LookupsPerMinute"] = "100000",
        });
    }

    public async Task DisposeAsync()
    {
        if (await Report.WriteAsync())
        {
            diagnostics.OnMessage(new DiagnosticMessage(Report.ToMarkdown()));
            Console.WriteLine(Report.ToMarkdown());
        }

        await Factory.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }
}
