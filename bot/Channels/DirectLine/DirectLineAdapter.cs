using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Termine.Bot.Hosting;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// The channel adapter of Termine's own Direct Line: runs each posted activity through the same middleware and error
/// handler as the Bot Connector's adapter, to the same bot, in process. The resident's activity is stored first, with
/// the id the bot then sees (and copies into replyToId), so Web Chat's echo and the bot agree; each activity the bot
/// sends is stored the same way. Clients receive them from the database, on any host.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    /// <summary>As Azure's Direct Line names itself, whatever Web Chat posts ("webchat"), so the bot behaves alike behind either.</summary>
    public const string ChannelId = "directline";

    private readonly DirectLineActivityStore _activities;
    private readonly TimeProvider _time;

    public DirectLineAdapter(
        DirectLineActivityStore activities, TurnErrorHandler errors, IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware, TimeProvider time)
    {
        _activities = activities;
        _time = time;
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errors.HandleAsync;
    }

    public static ChannelAccount BotAccount() => new("termine", "Termine", RoleTypes.Bot);

    /// <summary>
    /// Stores a prepared activity (see <see cref="IncomingActivity"/>), runs the bot's turn and returns the activity's
    /// id once the turn is over. A failing turn ends in the error handler's apology, not in an exception.
    /// </summary>
    /// <param name="clientKey">The hashed address of the request that posted it: the turn's holds count against it.</param>
    public async Task<string> ProcessAsync(string conversationId, JObject activity, IBot bot, string clientKey, CancellationToken cancellationToken)
    {
        var id = await _activities.AppendAsync(conversationId, activity, cancellationToken);
        using var context = new TurnContext(this, ActivityJson.ToActivity(activity));
        context.TurnState.Add(ClientKeys.TurnStateKey, clientKey);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        return id;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    await Task.Delay(DelayOf(activity), _time, cancellationToken);
                    responses[i] = new ResourceResponse(string.Empty);
                    break;
                case ActivityTypesEx.InvokeResponse or ActivityTypes.Trace:
                    // As in the SDK's CloudAdapter: an invoke's answer is not a message, and traces reach only the Emulator.
                    responses[i] = new ResourceResponse(string.Empty);
                    break;
                default:
                    responses[i] = new ResourceResponse(await _activities.AppendAsync(activity.Conversation.Id, Outgoing(activity), cancellationToken));
                    break;
            }
        }

        return responses;
    }

    /// <summary>Refused: an activity, once delivered, is in the resident's browser and cannot be taken back or changed there.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line cannot change an activity it has delivered.");

    /// <summary>Refused, as <see cref="UpdateActivityAsync"/>.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line cannot delete an activity it has delivered.");

    /// <summary>A "delay" activity's value in milliseconds; one second without one, as in the SDK's adapters.</summary>
    private static TimeSpan DelayOf(Activity activity) =>
        TimeSpan.FromMilliseconds(Convert.ToInt32(activity.Value ?? 1000, CultureInfo.InvariantCulture));

    private static JObject Outgoing(Activity activity)
    {
        var json = ActivityJson.FromActivity(activity);
        json["channelId"] = ChannelId;
        // Web Chat falls back to comparing ids when the role is missing; say it outright.
        if (json["from"] is JObject from && from["role"] is null)
        {
            from["role"] = RoleTypes.Bot;
        }

        return json;
    }
}
