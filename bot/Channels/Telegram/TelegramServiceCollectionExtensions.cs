using Microsoft.Extensions.Options;
using Telegram.Bot;
using Termine.Booking.Notifications;

namespace Termine.Bot.Channels.Telegram;

public static class TelegramServiceCollectionExtensions
{
    private const string HttpClientName = "telegram";

    /// <summary>
    /// The Telegram channel, when a bot token is configured: the adapter, webhook registration or polling, and the
    /// outbox transport that sends the QR code and reminders into the chat. Without a token nothing of it is registered.
    /// </summary>
    public static WebApplicationBuilder AddTelegram(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        var configured = builder.Configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!configured.Enabled)
        {
            return builder;
        }

        // The client lives as long as the host: connections are renewed now and then so a changed address is noticed.
        // Every request URI holds the bot token (/bot{token}/{method}), so the factory's request logging is off.
        services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var baseUrl = string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl;
            return new TelegramBotClient(
                new TelegramBotClientOptions(options.BotToken!, baseUrl), sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName));
        });
        services.AddSingleton<TelegramReconfirmation>();
        services.AddSingleton<TelegramOfferAnswers>();
        services.AddSingleton<TelegramAdapter>();
        services.AddSingleton<IChatTransport, TelegramChatTransport>();
        if (configured.Mode == TelegramMode.Polling)
        {
            services.AddHostedService<TelegramPoller>();
        }
        else
        {
            services.AddHostedService<TelegramWebhookRegistrar>();
        }

        return builder;
    }
}
