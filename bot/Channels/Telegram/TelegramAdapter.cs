using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// The Telegram channel as a Bot Framework adapter: an update (from the webhook or from polling) becomes an activity
/// and runs through the same middleware and error handler as every channel; the bot's replies go out through the Bot
/// API. A repeated update is answered once; a button press is acknowledged at once so the client stops its spinner.
/// A reminder's "I will come" is not a turn of the conversation: <see cref="TelegramReconfirmation"/> handles it, and
/// <see cref="TelegramOfferAnswers"/> a waiting-list offer's "accept" and "decline".
/// </summary>
public sealed class TelegramAdapter : BotAdapter
{
    public const string ChannelId = "telegram";

    private readonly ITelegramBotClient _client;
    private readonly TelegramReplyWriter _writer;
    private readonly RecentUpdates _recent = new();
    private readonly ChannelAccount _bot;
    private readonly ILogger<TelegramAdapter> _logger;
    private readonly TelegramReconfirmation _reconfirmation;
    private readonly TelegramOfferAnswers _offerAnswers;

    public TelegramAdapter(
        ITelegramBotClient client, TurnErrorHandler errors, IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware, ILogger<TelegramAdapter> logger,
        TelegramReconfirmation reconfirmation, TelegramOfferAnswers offerAnswers)
    {
        (_client, _logger, _reconfirmation, _offerAnswers) = (client, logger, reconfirmation, offerAnswers);
        _writer = new TelegramReplyWriter(client);
        _bot = new ChannelAccount(id: client.BotId.ToString(CultureInfo.InvariantCulture), role: RoleTypes.Bot);
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errors.HandleAsync;
    }

    public async Task ProcessUpdateAsync(Update update, IBot bot, CancellationToken cancellationToken)
    {
        if (!_recent.TryBegin(update.Id))
        {
            _logger.UpdateSeenBefore(update.Id);
            return;
        }

        var handled = false;
        try
        {
            if (update.CallbackQuery is { } press && TelegramReconfirmation.IsPress(press))
            {
                await AnswerCallbackAsync(press, cancellationToken);
                await _reconfirmation.HandleAsync(press, cancellationToken);
                handled = true;
                return;
            }

            if (update.CallbackQuery is { } answer && TelegramOfferAnswers.IsPress(answer))
            {
                await AnswerCallbackAsync(answer, cancellationToken);
                await _offerAnswers.HandleAsync(answer, cancellationToken);
                handled = true;
                return;
            }

            var activity = await ToActivityAsync(update, cancellationToken);
            if (activity is null)
            {
                _logger.UpdateIgnored(update.Id, update.Type);
            }
            else
            {
                using var turn = new TurnContext(this, activity);
                await RunPipelineAsync(turn, bot.OnTurnAsync, cancellationToken);
            }

            handled = true;
        }
        finally
        {
            if (!handled)
            {
                _recent.Forget(update.Id);
            }
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            var sent = activity.Type == ActivityTypes.Message
                ? await _writer.SendAsync(long.Parse(activity.Conversation.Id, CultureInfo.InvariantCulture), activity, cancellationToken)
                : null;
            responses.Add(new ResourceResponse(sent?.ToString(CultureInfo.InvariantCulture) ?? ""));
        }

        return [.. responses];
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Termine does not edit messages it sent on Telegram.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Termine does not delete messages it sent on Telegram.");

    private async Task<Activity?> ToActivityAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.Message is { } message)
        {
            return TelegramActivities.FromMessage(message, _bot);
        }

        if (update.CallbackQuery is not { } query)
        {
            return null;
        }

        await AnswerCallbackAsync(query, cancellationToken);
        var answer = TelegramKeyboard.Answer(query);
        if (answer is null)
        {
            _logger.UnknownButton(TelegramLog.Hash(query.Message?.Chat.Id ?? 0));
            return null;
        }

        return TelegramActivities.FromCallback(query, answer, _bot);
    }

    /// <summary>Stops the button's progress indicator; a press that is too old to answer is still taken.</summary>
    private async Task AnswerCallbackAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        try
        {
            await _client.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex)
        {
            _logger.CallbackAnswerFailed(TelegramLog.Hash(query.Message?.Chat.Id ?? 0), ex);
        }
    }
}
