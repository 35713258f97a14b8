using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Termine.Bot.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>The Bot Connector channel: the SDK's authentication from configuration and its CloudAdapter.</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateOnStart();
        // The SDK posts replies through the default client: Bot Connector throttling (429) and passing errors (5xx)
        // are retried with growing waits, honouring Retry-After.
        // The waits are real network waits, whatever clock the office logic runs on.
        services.AddHttpClient(Options.DefaultName).AddResilienceHandler("bot-connector", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } response
                && ((int)response.StatusCode == 429 || (int)response.StatusCode >= 500)),
        }).TimeProvider = TimeProvider.System);
        services.AddSingleton<ServiceClientCredentialsFactory>(sp =>
            new ConfigurationServiceClientCredentialFactory(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<ServiceClientCredentialsFactory>(),
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<BotFrameworkAuthentication>>()));
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<Microsoft.Bot.Builder.IMiddleware>(sp => new TranscriptLoggerMiddleware(sp.GetRequiredService<ITranscriptStore>()));
        services.AddSingleton<BotConnectorAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<BotConnectorAdapter>());
        return services;
    }
}
