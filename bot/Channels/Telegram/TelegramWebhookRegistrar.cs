using Microsoft.Extensions.Options;
using Telegram.Bot;
using Termine.Booking.Notifications;

namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// Webhook mode: tells Telegram at start where to post updates and which secret to send with them, trying again with a
/// growing pause while Telegram cannot be reached.
/// </summary>
public sealed class TelegramWebhookRegistrar(
    ITelegramBotClient client, IOptions<TelegramOptions> options, IOptions<SiteOptions> site, TimeProvider time,
    ILogger<TelegramWebhookRegistrar> logger) : BackgroundService
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var url = $"{site.Value.PublicBaseUrl.TrimEnd('/')}/{TelegramEndpoints.WebhookPath}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.SetWebhook(url, secretToken: options.Value.WebhookSecret, allowedUpdates: TelegramPoller.Wanted, cancellationToken: stoppingToken);
                logger.WebhookRegistered(url);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.WebhookRegistrationFailed(attempt, ex);
                var delay = TimeSpan.FromSeconds(5 * Math.Pow(2, Math.Min(attempt - 1, 10)));
                await Task.Delay(delay < MaxRetryDelay ? delay : MaxRetryDelay, time, stoppingToken);
            }
        }
    }
}
