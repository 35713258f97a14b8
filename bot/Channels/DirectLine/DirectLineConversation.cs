namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// A conversation of Termine's own Direct Line channel. It exists from the moment a token names it, so a token handed
/// to a page can be checked against it on any host; its activities are <see cref="DirectLineActivity"/> rows.
/// </summary>
public sealed class DirectLineConversation
{
    /// <summary>The longest conversation id; the channel makes them much shorter.</summary>
    public const int MaxIdLength = 64;

    public required string Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a client first started it (POST /conversations); until then only a token names it.</summary>
    public DateTimeOffset? StartedAt { get; set; }
}
