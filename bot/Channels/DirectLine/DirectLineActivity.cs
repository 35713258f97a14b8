namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// One activity of a Direct Line conversation, from the resident or from the bot, as clients receive it. Kept in the
/// database so any host can answer a poll or feed a stream, and a restart loses nothing.
/// </summary>
public sealed class DirectLineActivity
{
    /// <summary>The longest activity type a Direct Line client may post.</summary>
    public const int MaxTypeLength = 64;

    public required string ConversationId { get; set; }

    /// <summary>1, 2, 3… within the conversation: the end of the activity's id, and the watermark after it.</summary>
    public long Sequence { get; set; }

    /// <summary>The activity's type, so a poll can leave out what Direct Line sends only through the stream.</summary>
    public required string Type { get; set; }

    /// <summary>UTC, the same instant as the activity's own timestamp.</summary>
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>The activity as clients receive it, with its id and timestamp.</summary>
    public required string Json { get; set; }
}
