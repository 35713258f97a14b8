using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace Termine.Bot.Channels;

public static class ChannelsServiceCollectionExtensions
{
    /// <summary>The Bot Connector channel: the SDK's authentication from configuration and its CloudAdapter.</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName);
        services.AddHttpClient();
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
