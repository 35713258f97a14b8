using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Termine.Bot.Hosting;

namespace Termine.Bot.Channels.Telegram;

public static class TelegramEndpoints
{
    public const string WebhookPath = "api/telegram/webhook";

    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>The webhook Telegram posts updates to; mapped only when the channel is on in webhook mode.</summary>
    public static IEndpointRouteBuilder MapTelegram(this IEndpointRouteBuilder app)
    {
        var options = app.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (options.Enabled && options.Mode == TelegramMode.Webhook)
        {
            // Telegram's servers are few and send in bursts: a per-address limit would refuse them, not an attacker.
            app.MapPost(WebhookPath, ReceiveAsync).WithTags("Bot").ExcludeFromDescription().DisableRateLimiting()
                .WithBodyLimit(RequestBodyLimits.ChannelActivity);
        }

        return app;
    }

    /// <summary>
    /// The secret header is checked before anything else, the body included: a caller without it cannot make Termine
    /// parse, store or send anything. The comparison takes the same time however much of the secret was guessed.
    /// </summary>
    private static async Task<IResult> ReceiveAsync(HttpContext context, IOptions<TelegramOptions> options, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(TelegramEndpoints).FullName!);
        if (context.Request.Headers[SecretHeader] is not [{ Length: > 0 } given])
        {
            logger.WebhookRefused("no secret");
            return TypedResults.Unauthorized();
        }

        if (!SameSecret(given, options.Value.WebhookSecret!))
        {
            logger.WebhookRefused("wrong secret");
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest();
        }

        if (update is null)
        {
            return TypedResults.BadRequest();
        }

        var services = context.RequestServices;
        await services.GetRequiredService<TelegramAdapter>().ProcessUpdateAsync(update, services.GetRequiredService<IBot>(), context.RequestAborted);
        return TypedResults.Ok();
    }

    /// <summary>Hashing first makes both sides the same length, so not even the secret's length leaks.</summary>
    private static bool SameSecret(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
