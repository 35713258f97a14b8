namespace Termine.Bot.Channels.DirectLine;

/// <summary>What a presented token turned out to be.</summary>
public abstract record TokenCheck
{
    private TokenCheck()
    {
    }

    /// <summary>Signed by us and not expired: it opens <paramref name="ConversationId"/>, as <paramref name="UserId"/> if set.</summary>
    public sealed record Valid(string ConversationId, string? UserId, bool IsStreamOnly) : TokenCheck;

    /// <summary>Signed by us, but its time is over: only a new token (from the page) helps.</summary>
    public sealed record Expired : TokenCheck;

    /// <summary>Not a token of ours.</summary>
    public sealed record Invalid : TokenCheck;
}
