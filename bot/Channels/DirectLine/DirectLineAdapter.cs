using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Termine.Bot.Hosting;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// The channel adapter of Termine's own Direct Line: runs each posted activity through the same middleware and error
/// handler as the Bot Connector's adapter, to the same bot, in process. The resident's activity (the echo) is numbered
/// before the bot runs, with the id the bot then sees (and copies into replyToId), so Web Chat's echo and the bot
/// agree; it and the bot's replies are stored together in the turn's one commit (<see cref="DirectLineTurnActivities"/>,
/// written by <see cref="TurnWritesMiddleware"/>). Clients receive them from the database, on any host.
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
    /// Runs the bot's turn for a prepared activity (see <see cref="IncomingActivity"/>) and returns the activity's id
    /// once the turn and its activities are stored. A failing turn ends in the error handler's apology, not in an exception.
    /// </summary>
    /// <param name="clientKey">The hashed address of the request that posted it: the turn's holds count against it.</param>
    public async Task<string> ProcessAsync(string conversationId, JObject activity, IBot bot, string clientKey, CancellationToken cancellationToken)
    {
        var turnActivity = ActivityJson.ToActivity(activity);
        var activities = _activities.BeginTurn(conversationId, activity, turnActivity);
        using var context = new TurnContext(this, turnActivity);
        context.TurnState.Add(ClientKeys.TurnStateKey, clientKey);
        context.TurnState.Add(activities);
        context.TurnState.Add(new TurnWrites { Channel = activities });
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        return activities.HasWrites
            ? activities.ActivityId
            : throw new InvalidOperationException("The turn never numbered the resident's activity: the database could not be read.");
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
                    responses[i] = new ResourceResponse(turnContext.TurnState.Get<DirectLineTurnActivities>() is { Collecting: true } turn
                        ? turn.Add(Outgoing(activity))
                        : await _activities.AppendAsync(activity.Conversation.Id, Outgoing(activity), cancellationToken));
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
