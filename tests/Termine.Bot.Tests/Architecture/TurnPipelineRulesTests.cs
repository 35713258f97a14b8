using System.Reflection;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Termine.Bot.Channels;
using Termine.Bot.Channels.DirectLine;
using Termine.Bot.Channels.Telegram;
using Termine.Bot.Dialogs;
using Termine.Bot.Tests.Telegram;
using Termine.Testing.Databases;

namespace Termine.Bot.Tests.Architecture;

/// <summary>
/// The turn of docs/ARCHITECTURE.md ("a turn"), read from the real host: every channel's adapter runs the same
/// middleware in the order the document lists, ends a failed turn in <see cref="TurnErrorHandler"/>, and the bot behind
/// them is <see cref="TermineBot"/>. The host has the Telegram channel on, so all three adapters exist.
/// </summary>
public sealed class TurnPipelineRulesTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    /// <summary>The order docs/ARCHITECTURE.md states; each reason is in the document.</summary>
    private static readonly Type[] DocumentedOrder =
    [
        typeof(TurnTelemetryMiddleware),
        typeof(SerialTurnsMiddleware),
        typeof(TurnWritesMiddleware),
        typeof(CardSubmitMiddleware),
        typeof(TranscriptLoggerMiddleware),
    ];

    private readonly TestDatabase _database;
    private TelegramHost _host = null!;

    public TurnPipelineRulesTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await TelegramHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> Adapters => new() { nameof(BotConnectorAdapter), nameof(DirectLineAdapter), nameof(TelegramAdapter) };

    [Theory]
    [MemberData(nameof(Adapters))]
    public void EveryAdapter_RunsTheDocumentedMiddlewareInOrder(string adapterName)
    {
        var adapter = Adapter(adapterName);

        Assert.Equal(DocumentedOrder, MiddlewareOf(adapter).Select(m => m.GetType()));
    }

    [Theory]
    [MemberData(nameof(Adapters))]
    public void EveryAdapter_EndsAFailedTurnInTheTurnErrorHandler(string adapterName)
    {
        var adapter = Adapter(adapterName);

        Assert.NotNull(adapter.OnTurnError);
        Assert.IsType<TurnErrorHandler>(adapter.OnTurnError.Target);
    }

    [Fact]
    public void TheBotBehindTheAdapters_IsTermineBot()
    {
        using var scope = _host.Services.CreateScope();

        Assert.IsType<TermineBot>(scope.ServiceProvider.GetRequiredService<IBot>());
    }

    [Fact]
    public void TheDocument_ListsTheMiddlewareInTheSameOrder()
    {
        var turnRow = ArchitectureScan.Document.Split('\n').Single(l => l.StartsWith("| a turn |", StringComparison.Ordinal));
        var positions = DocumentedOrder.Select(t => turnRow.IndexOf($"`{t.Name}`", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    private BotAdapter Adapter(string name) => name switch
    {
        nameof(BotConnectorAdapter) => _host.Services.GetRequiredService<BotConnectorAdapter>(),
        nameof(DirectLineAdapter) => _host.Services.GetRequiredService<DirectLineAdapter>(),
        nameof(TelegramAdapter) => _host.Services.GetRequiredService<TelegramAdapter>(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not an adapter of the host"),
    };

    /// <summary>The SDK keeps an adapter's middleware in its <see cref="MiddlewareSet"/> (not public), in the order of Use.</summary>
    private static IReadOnlyList<Microsoft.Bot.Builder.IMiddleware> MiddlewareOf(BotAdapter adapter)
    {
        var property = typeof(BotAdapter).GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .SingleOrDefault(p => p.PropertyType == typeof(MiddlewareSet))
            ?? throw new InvalidOperationException("BotAdapter's MiddlewareSet was not found in this SDK version.");
        return [.. (MiddlewareSet)property.GetValue(adapter)!];
    }
}
