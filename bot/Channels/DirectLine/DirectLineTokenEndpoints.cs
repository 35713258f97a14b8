namespace Termine.Bot.Channels.DirectLine;

public static class DirectLineTokenEndpoints
{
    /// <summary>Generate (secret → a token for a new conversation, without contacting the bot) and refresh (token → token).</summary>
    public static RouteGroupBuilder MapDirectLineTokenEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("tokens/generate", GenerateAsync);
        group.MapPost("tokens/refresh", RefreshAsync);
        return group;
    }

    private static async Task<IResult> GenerateAsync(
        HttpContext context, DirectLineConversationStore conversations, DirectLineTokens tokens,
        CancellationToken cancellationToken)
    {
        if (!DirectLineCaller.Of(context).HasSecret)
        {
            return DirectLineErrors.Forbidden("Only the secret can generate tokens.");
        }

        var (parameters, error) = await TokenParameters.ReadAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var conversationId = await conversations.CreateAsync(started: false, cancellationToken);
        var token = tokens.Issue(conversationId, parameters!.UserId);
        return TypedResults.Ok(new ConversationResponse(conversationId, token.Token, token.ExpiresIn, StreamUrl: null));
    }

    /// <summary>A new token for the same conversation and user; an expired one was already refused by the filter.</summary>
    private static async Task<IResult> RefreshAsync(
        HttpContext context, DirectLineConversationStore conversations, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var caller = DirectLineCaller.Of(context);
        if (caller.HasSecret)
        {
            return DirectLineErrors.BadArgument("Only a token can be refreshed.");
        }

        if (!await conversations.ExistsAsync(caller.ConversationId!, cancellationToken))
        {
            return DirectLineErrors.NotFound();
        }

        var token = tokens.Issue(caller.ConversationId!, caller.UserId);
        return TypedResults.Ok(new ConversationResponse(caller.ConversationId!, token.Token, token.ExpiresIn, StreamUrl: null));
    }
}
