using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// Polling mode: asks Telegram for updates (a long poll that waits for news), hands each to the adapter in a scope of
/// its own and confirms it with the next offset. A webhook left from webhook mode is removed first, as Telegram
/// refuses getUpdates while one is set.
/// </summary>
public sealed class TelegramPoller(
    ITelegramBotClient client, TelegramAdapter adapter, IServiceScopeFactory scopes, IOptions<TelegramOptions> options,
    TimeProvider time, ILogger<TelegramPoller> logger) : BackgroundService
{
    internal static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery];

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var webhookRemoved = false;
        logger.PollingStarted();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookRemoved)
                {
                    await client.DeleteWebhook(cancellationToken: stoppingToken);
                    webhookRemoved = true;
                }

                var updates = await client.GetUpdates(
                    offset, timeout: (int)options.Value.PollingTimeout.TotalSeconds, allowedUpdates: Wanted, cancellationToken: stoppingToken);
                foreach (var update in updates)
                {
                    // Confirmed before it is handled: an update whose turn fails is not fetched again and again.
                    offset = update.Id + 1;
                    await using var scope = scopes.CreateAsyncScope();
                    await adapter.ProcessUpdateAsync(update, scope.ServiceProvider.GetRequiredService<IBot>(), stoppingToken);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Telegram unreachable or one failed turn: the channel must keep listening.
                logger.PollingFailed(ex);
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
        }
    }
}
