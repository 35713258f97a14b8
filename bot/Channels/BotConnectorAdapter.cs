using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Termine.Bot.Channels;

/// <summary>
/// The SDK's CloudAdapter for the Azure Bot Service channels (Teams and the others) behind /api/messages. One
/// constructor, so dependency injection is not left to choose; a failed turn ends in <see cref="TurnErrorHandler"/>.
/// </summary>
public sealed class BotConnectorAdapter : CloudAdapter
{
    public BotConnectorAdapter(
        BotFrameworkAuthentication authentication, TurnErrorHandler errors, IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware, ILogger<BotConnectorAdapter> logger)
        : base(authentication, logger)
    {
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errors.HandleAsync;
    }
}
