namespace Termine.Bot.Channels.DirectLine;

public static class DirectLineStreamEndpoints
{
    /// <summary>The WebSocket behind a streamUrl. Browsers cannot set headers on a WebSocket, so the URL carries a stream token.</summary>
    public static RouteGroupBuilder MapDirectLineStreamEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet($"conversations/{{{DirectLineAuthorization.ConversationRouteValue}}}/stream", ConnectAsync);
        return group;
    }

    private static async Task<IResult> ConnectAsync(
        HttpContext context, string conversationId, string? t, string? watermark, DirectLineTokens tokens,
        DirectLineConversationStore conversations, DirectLineStream stream, IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("The stream is a WebSocket.");
        }

        if (string.IsNullOrEmpty(t))
        {
            return DirectLineErrors.MissingAuthorization();
        }

        switch (await tokens.CheckAsync(t))
        {
            case TokenCheck.Expired:
                return DirectLineErrors.TokenExpired();
            case TokenCheck.Valid { IsStreamOnly: true } valid when valid.ConversationId == conversationId:
                break;
            default:
                return DirectLineErrors.Forbidden("The stream URL is not valid for this conversation.");
        }

        if (!DirectLineIds.TryParseWatermark(watermark, out var after))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        if (!await conversations.ExistsAsync(conversationId, context.RequestAborted))
        {
            return DirectLineErrors.NotFound();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var ending = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        await stream.RunAsync(socket, conversationId, after, ending.Token);
        return Results.Empty;
    }
}
