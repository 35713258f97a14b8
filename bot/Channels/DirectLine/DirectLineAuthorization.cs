namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Every Direct Line REST call carries "Authorization: Bearer SECRET_OR_TOKEN". A missing or malformed header is 401;
/// an expired token 403 TokenExpired (directlinejs then reports ExpiredToken); a foreign token, a stream token, or a
/// token for another conversation 403. The caller is left in the request's features for the handler.
/// </summary>
public sealed class DirectLineAuthorization(DirectLineKeys keys, DirectLineTokens tokens) : IEndpointFilter
{
    public const string ConversationRouteValue = "conversationId";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= "Bearer ".Length)
        {
            return DirectLineErrors.MissingAuthorization();
        }

        var presented = header["Bearer ".Length..].Trim();
        DirectLineCaller caller;
        if (keys.IsSecret(presented))
        {
            caller = new DirectLineCaller(HasSecret: true, ConversationId: null, UserId: null);
        }
        else
        {
            switch (await tokens.CheckAsync(presented))
            {
                case TokenCheck.Expired:
                    return DirectLineErrors.TokenExpired();
                case TokenCheck.Valid { IsStreamOnly: false } valid:
                    caller = new DirectLineCaller(HasSecret: false, valid.ConversationId, valid.UserId);
                    break;
                default:
                    return DirectLineErrors.Forbidden("The token is not valid.");
            }
        }

        if (http.Request.RouteValues[ConversationRouteValue] is string conversationId && !caller.HasSecret && caller.ConversationId != conversationId)
        {
            return DirectLineErrors.Forbidden("The token is not valid for this conversation.");
        }

        http.Features.Set(caller);
        return await next(context);
    }
}
