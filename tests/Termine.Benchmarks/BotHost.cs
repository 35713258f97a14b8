using Microsoft.AspNetCore.Builder;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Termine.Bot.Hosting;
using Termine.Bot.State;

namespace Termine.Benchmarks;

/// <summary>Where the bot keeps its conversation state and transcripts in a benchmark.</summary>
public enum StateStore
{
    /// <summary>As in production: <see cref="EfStorage"/> and <see cref="EfTranscriptStore"/> on the SQLite file.</summary>
    Sqlite,

    /// <summary>The SDK's <see cref="MemoryStorage"/> and <see cref="MemoryTranscriptStore"/>: the database is out of the state.</summary>
    Memory,
}

/// <summary>
/// The host's services as bot/Program.cs builds them (<c>WebApplication.CreateBuilder</c> + <c>AddTermine()</c>, the
/// repository's appsettings.json, databases migrated by <c>PrepareAsync</c>), without starting the web server or the
/// hosted services (no outbox worker, no background recognizer warm-up: the benchmark's warm-up calls do that).
/// Differences from production: the clock stands at <see cref="BenchmarkCore.Now"/>, the desks are doubled as in
/// the booking-core benchmarks (<see cref="BenchmarkCore.BenchmarkSettings"/>), no log output (no turn logs anything
/// at Information or above), and the transcript store is wrapped to count the activities it has written.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, CountingTranscriptStore transcripts)
    {
        _app = app;
        Transcripts = transcripts;
    }

    public IServiceProvider Services => _app.Services;

    public CountingTranscriptStore Transcripts { get; }

    /// <param name="step">Told when the services are built ("built") and when the databases are ready ("prepared").</param>
    public static async Task<BotHost> StartAsync(string databaseFile, string pickupDirectory, StateStore store, Action<string>? step = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddTermine();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Termine"] = $"Data Source={databaseFile}",
            ["Termine:Database:Provider"] = "Sqlite",
            ["Termine:Mail:PickupDirectory"] = pickupDirectory,
            // Production creates a database only when told to; each benchmark starts on a new one.
            ["Termine:Database:CreateIfMissing"] = "true",
            ["Termine:Tokens:Key"] = BenchmarkCore.TokensKey,
        });
        builder.Configuration.AddInMemoryCollection(BenchmarkCore.BenchmarkSettings);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(BenchmarkCore.Now));

        builder.Services.RemoveAll<ITranscriptStore>();
        if (store == StateStore.Memory)
        {
            builder.Services.RemoveAll<IStorage>();
            builder.Services.AddSingleton<IStorage>(new MemoryStorage());
            builder.Services.AddSingleton<ITranscriptStore>(new CountingTranscriptStore(new MemoryTranscriptStore()));
        }
        else
        {
            builder.Services.AddSingleton<EfTranscriptStore>();
            builder.Services.AddSingleton<ITranscriptStore>(sp => new CountingTranscriptStore(sp.GetRequiredService<EfTranscriptStore>()));
        }

        var app = builder.Build();
        step?.Invoke("built");
        await app.PrepareAsync();
        step?.Invoke("prepared");
        var storage = app.Services.GetRequiredService<IStorage>();
        var expected = store == StateStore.Memory ? typeof(MemoryStorage) : typeof(EfStorage);
        if (storage.GetType() != expected)
        {
            throw new InvalidOperationException($"The host's IStorage is {storage.GetType().Name}, not {expected.Name}.");
        }

        return new BotHost(app, (CountingTranscriptStore)app.Services.GetRequiredService<ITranscriptStore>());
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>
/// Counts the activities the wrapped store has finished writing. The SDK's TranscriptLoggerMiddleware writes a
/// turn's activities after the turn without awaiting them, so a benchmark waits for them between turns (outside the
/// measurement) instead of letting them run into the next measured turn.
/// </summary>
public sealed class CountingTranscriptStore(ITranscriptStore inner) : ITranscriptStore
{
    private long _written;

    public long Written => Interlocked.Read(ref _written);

    public async Task LogActivityAsync(Microsoft.Bot.Schema.IActivity activity)
    {
        await inner.LogActivityAsync(activity);
        Interlocked.Increment(ref _written);
    }

    public Task<PagedResult<Microsoft.Bot.Schema.IActivity>> GetTranscriptActivitiesAsync(
        string channelId, string conversationId, string continuationToken = null!, DateTimeOffset startDate = default) =>
        inner.GetTranscriptActivitiesAsync(channelId, conversationId, continuationToken, startDate);

    public Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string continuationToken = null!) =>
        inner.ListTranscriptsAsync(channelId, continuationToken);

    public Task DeleteTranscriptAsync(string channelId, string conversationId) =>
        inner.DeleteTranscriptAsync(channelId, conversationId);
}
