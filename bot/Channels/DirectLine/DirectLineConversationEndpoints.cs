using Termine.Bot.Hosting;

namespace Termine.Bot.Channels.DirectLine;

public static class DirectLineConversationEndpoints
{
    /// <summary>Start a conversation (201 new, 200 when this token already started it) and reconnect to one (a new streamUrl).</summary>
    public static RouteGroupBuilder MapDirectLineConversationEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("conversations", StartAsync);
        group.MapGet($"conversations/{{{DirectLineAuthorization.ConversationRouteValue}}}", ReconnectAsync);
        return group;
    }

    /// <summary>
    /// Nothing is sent to the bot here: Web Chat 4.18.1 sends nothing on connect either, and the page asks for the
    /// welcome with a "webchat/join" event. A conversationUpdate as well would greet the resident twice.
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpContext context, DirectLineConversationStore conversations, DirectLineTokens tokens, PublicUrls urls,
        CancellationToken cancellationToken)
    {
        var caller = DirectLineCaller.Of(context);
        var (parameters, error) = await TokenParameters.ReadAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        string conversationId;
        string? userId;
        var status = StatusCodes.Status201Created;
        if (caller.HasSecret)
        {
            conversationId = await conversations.CreateAsync(started: true, cancellationToken);
            userId = parameters!.UserId;
        }
        else
        {
            conversationId = caller.ConversationId!;
            userId = caller.UserId;
            switch (await conversations.StartAsync(conversationId, cancellationToken))
            {
                case ConversationStart.NotFound:
                    return DirectLineErrors.NotFound();
                case ConversationStart.AlreadyStarted:
                    status = StatusCodes.Status200OK;
                    break;
            }
        }

        return TypedResults.Json(Conversation(urls, tokens, conversationId, userId, watermark: 0), statusCode: status);
    }

    /// <summary>The watermark goes into the new streamUrl, so the stream replays what came after it.</summary>
    private static async Task<IResult> ReconnectAsync(
        HttpContext context, string conversationId, string? watermark, DirectLineConversationStore conversations, DirectLineTokens tokens,
        PublicUrls urls, CancellationToken cancellationToken)
    {
        if (!DirectLineIds.TryParseWatermark(watermark, out var sequence))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        if (!await conversations.ExistsAsync(conversationId, cancellationToken))
        {
            return DirectLineErrors.NotFound();
        }

        return TypedResults.Ok(Conversation(urls, tokens, conversationId, DirectLineCaller.Of(context).UserId, sequence));
    }

    private static ConversationResponse Conversation(
        PublicUrls urls, DirectLineTokens tokens, string conversationId, string? userId, long watermark)
    {
        var token = tokens.Issue(conversationId, userId);
        var streamUrl = DirectLineRequests.StreamUrl(urls, conversationId, watermark, tokens.IssueStreamToken(conversationId));
        return new ConversationResponse(conversationId, token.Token, token.ExpiresIn, streamUrl);
    }
}
