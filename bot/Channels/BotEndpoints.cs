using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Termine.Bot.Hosting;

namespace Termine.Bot.Channels;

public static class BotEndpoints
{
    /// <summary>
    /// The Bot Connector endpoint (Teams and the other Azure channels). The SDK validates the caller's token; with no
    /// app id configured it would take anyone, so then every call is refused unless local development allows it.
    /// </summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/messages", ProcessAsync).WithTags("Bot").ExcludeFromDescription().DisableRateLimiting()
            .WithBodyLimit(RequestBodyLimits.ChannelActivity);
        return app;
    }

    private static async Task ProcessAsync(
        HttpContext context, IBotFrameworkHttpAdapter adapter, IBot bot, IConfiguration configuration, IOptions<BotOptions> options)
    {
        if (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) && !options.Value.AllowUnauthenticated)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!await NamesAllowedServiceUrlAsync(context, options.Value))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted);
        }
        catch (SecurityTokenException) when (!context.Response.HasStarted)
        {
            // The SDK turns a missing or foreign token into 401 itself, but lets a forged or unsigned one escape.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    /// <summary>Reads the activity's serviceUrl and puts the body back for the adapter.</summary>
    private static async Task<bool> NamesAllowedServiceUrlAsync(HttpContext context, BotOptions options)
    {
        context.Request.EnableBuffering();
        string? serviceUrl = null;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            serviceUrl = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("serviceUrl", out var url)
                ? url.GetString()
                : null;
        }
        catch (JsonException)
        {
            // Malformed: the adapter answers it as the SDK does.
            serviceUrl = null;
        }

        context.Request.Body.Position = 0;
        return serviceUrl is null || options.IsAllowed(serviceUrl);
    }
}
