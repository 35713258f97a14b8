namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Who called a Direct Line endpoint, as <see cref="DirectLineAuthorization"/> found it: the holder of the secret
/// (any conversation), or of a token for one conversation and perhaps one user.
/// </summary>
public sealed record DirectLineCaller(bool HasSecret, string? ConversationId, string? UserId)
{
    public static DirectLineCaller Of(HttpContext context) =>
        context.Features.Get<DirectLineCaller>() ?? throw new InvalidOperationException("The Direct Line endpoint has no authorization filter.");
}
