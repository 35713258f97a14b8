namespace Termine.Bot.Channels.DirectLine;

public static class WebChatTokenEndpoints
{
    /// <summary>Per client (address) and minute, from <see cref="DirectLineOptions.WebChatTokensPerMinute"/>.</summary>
    public const string RateLimitPolicy = "webchat-token";

    /// <summary>
    /// POST /api/webchat/token: anonymous, for the page that embeds Web Chat. Each call makes a new conversation and a
    /// user id ("dl_…") that only the token carries, so Web Chat takes it from there and nobody can post as another.
    /// </summary>
    public static IEndpointRouteBuilder MapWebChatTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("api/webchat/token", IssueAsync)
            .WithTags("WebChat")
            .WithName("IssueWebChatToken")
            .RequireRateLimiting(RateLimitPolicy)
            .RequireCors(DirectLineEndpoints.CorsPolicy);
        return app;
    }

    private static async Task<WebChatTokenResponse> IssueAsync(
        DirectLineConversationStore conversations, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var conversationId = await conversations.CreateAsync(started: false, cancellationToken);
        var userId = DirectLineIds.NewUserId();
        var token = tokens.Issue(conversationId, userId);
        return new WebChatTokenResponse(token.Token, conversationId, token.ExpiresIn, userId);
    }
}
