using System.Data.Common;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Termine.Bot.Hosting;

namespace Termine.Bot.Channels.DirectLine;

public static class DirectLineActivityEndpoints
{
    private const string ActivitiesRoute = $"conversations/{{{DirectLineAuthorization.ConversationRouteValue}}}/activities";

    /// <summary>Polling (activities after a watermark) and sending one activity to the bot.</summary>
    public static RouteGroupBuilder MapDirectLineActivityEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet(ActivitiesRoute, GetAsync);
        // UTF-8 takes at most three bytes for a character of the limit.
        group.MapPost(ActivitiesRoute, PostAsync).WithBodyLimit(IncomingActivity.MaxChars * 3L);
        return group;
    }

    /// <summary>
    /// Runs the turn for a prepared activity and answers with its id once the turn is over, so the echo (stored first)
    /// is there when Web Chat looks. Only a failure beyond the bot's own error handler becomes 502.
    /// </summary>
    public static async Task<IResult> DeliverAsync(
        DirectLineAdapter adapter, IBot bot, string conversationId, JObject activity, HttpContext context, ILogger logger, CancellationToken stopping)
    {
        try
        {
            // Not the request's token: a resident closing the page mid-turn must not leave the turn half done.
            var id = await adapter.ProcessAsync(conversationId, activity, bot, ClientKeys.For(context), stopping);
            return TypedResults.Ok(new ActivityIdResponse(id));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.TurnFailed(DirectLineEndpoints.ForLog(conversationId), exception);
            return DirectLineErrors.BotFailed();
        }
    }

    /// <summary>
    /// Never a 5xx: directlinejs stops polling for good after one. A database that cannot be read gives an empty set
    /// with the same watermark, and the next poll tries again.
    /// </summary>
    private static async Task<IResult> GetAsync(
        string conversationId, string? watermark, DirectLineActivityStore activities, DirectLineConversationStore conversations,
        ILogger<DirectLineAdapter> logger, CancellationToken cancellationToken)
    {
        if (!DirectLineIds.TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        try
        {
            var page = await activities.ReadAfterAsync(conversationId, after, forStream: false, cancellationToken);
            if (page.Watermark == after && !await conversations.ExistsAsync(conversationId, cancellationToken))
            {
                return DirectLineErrors.NotFound();
            }

            return TypedResults.Text(ActivityJson.ActivitySet(page.Activities, page.Watermark), "application/json");
        }
        catch (DbException exception)
        {
            logger.PollFailed(DirectLineEndpoints.ForLog(conversationId), exception);
            return TypedResults.Text(ActivityJson.ActivitySet([], after), "application/json");
        }
    }

    private static async Task<IResult> PostAsync(
        HttpContext context, string conversationId, DirectLineAdapter adapter, IBot bot, DirectLineConversationStore conversations,
        DirectLinePostLimits limits, IOptions<DirectLineOptions> options, PublicUrls urls, IHostApplicationLifetime lifetime,
        ILogger<DirectLineAdapter> logger, CancellationToken cancellationToken)
    {
        if (await limits.CheckAsync(context) is { } throttled)
        {
            return throttled;
        }

        var maxChars = options.Value.MaxActivityChars;
        var body = await DirectLineRequests.ReadBodyAsync(context.Request, maxChars, cancellationToken);
        if (body is null)
        {
            return DirectLineErrors.TooLarge($"The activity is larger than {maxChars} characters.");
        }

        JObject? activity;
        try
        {
            activity = ActivityJson.Parse(body);
        }
        catch (JsonException)
        {
            return DirectLineErrors.BadArgument("The activity is not valid JSON.");
        }

        if (activity is null)
        {
            return DirectLineErrors.BadArgument("The activity must be a JSON object.");
        }

        // Web Chat sends files through the upload; a file here would pass by the check of its content.
        if (activity["attachments"] is JArray attached && attached.OfType<JObject>().Any(a => a["contentUrl"] is not null))
        {
            return DirectLineErrors.BadArgument("Send files through the upload, where their content is checked.");
        }

        if (IncomingActivity.Prepare(activity, conversationId, DirectLineCaller.Of(context), DirectLineRequests.ServiceUrl(urls), options.Value) is { } invalid)
        {
            return invalid;
        }

        return await conversations.ExistsAsync(conversationId, cancellationToken)
            ? await DeliverAsync(adapter, bot, conversationId, activity, context, logger, lifetime.ApplicationStopping)
            : DirectLineErrors.NotFound();
    }

    private sealed record ActivityIdResponse(string Id);
}
