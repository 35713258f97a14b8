namespace Termine.Bot.State;

/// <summary>One activity of a conversation's transcript, as <see cref="EfTranscriptStore"/> keeps it.</summary>
public sealed class TranscriptActivity
{
    /// <summary>Insertion order: breaks ties between equal timestamps and serves as the continuation token.</summary>
    public long Id { get; set; }

    public required string ChannelId { get; set; }

    public required string ConversationId { get; set; }

    /// <summary>The activity's own id, by which a later update or delete finds it; absent on some channels.</summary>
    public string? ActivityId { get; set; }

    /// <summary>UTC.</summary>
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>The activity as the SDK serializes it.</summary>
    public required string Json { get; set; }
}
