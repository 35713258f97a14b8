using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Termine.Booking.Notifications;
using Termine.Bot.Channels.Telegram;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Telegram;

/// <summary>The whole host with the Telegram channel on, talking to a Bot API stand-in, with its own mail pickup folder.</summary>
public sealed class TelegramHost : IAsyncDisposable
{
    public const string Secret = "webhook-Secret_0123456789";

    private readonly string _pickup;

    private TelegramHost(TelegramApiStandIn api, TermineFactory factory, string pickup, CapturedLogs logs)
    {
        (Api, Factory, _pickup, Logs) = (api, factory, pickup, logs);
    }

    public TelegramApiStandIn Api { get; }

    public TermineFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public CapturedLogs Logs { get; }

    public static async Task<TelegramHost> StartAsync(
        TestDatabase database, TelegramMode mode = TelegramMode.Webhook, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var api = await TelegramApiStandIn.StartAsync();
        var pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
        var logs = new CapturedLogs();
        var factory = new TermineFactory(database, new Dictionary<string, string?>
        {
            ["Termine:Telegram:BotToken"] = TelegramApiStandIn.Token,
            ["Termine:Telegram:Mode"] = mode.ToString(),
            ["Termine:Telegram:WebhookSecret"] = mode == TelegramMode.Webhook ? Secret : null,
            ["Termine:Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Termine:Telegram:PollingTimeout"] = "00:00:01",
            ["Termine:Mail:PickupDirectory"] = pickup,
        }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary(), services =>
        {
            // The tests send the outbox themselves at the times they set. The worker would race them: after a jump of
            // the fake clock its lease looks expired and the test's round sends the same message again.
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(OutboxWorker)));
            services.AddSingleton<ILoggerProvider>(logs);
            configureServices?.Invoke(services);
        });
        return new TelegramHost(api, factory, pickup, logs);
    }

    public TelegramResident Resident(long chatId, string languageCode) =>
        new(Factory.CreateClient(), Api, chatId, languageCode, Secret);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }
}
