namespace Termine.Bot.State;

/// <summary>
/// One conversation's entry in the staff's transcript list: kept next to its transcript activities, updated with each
/// turn, so the list filters by date, channel, language and outcome without reading every activity.
/// </summary>
public sealed class ConversationSummary
{
    public const int MaxChannelIdLength = 32;
    public const int MaxConversationIdLength = 256;

    public required string ChannelId { get; set; }

    public required string ConversationId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The conversation's language as last chosen; null before one was.</summary>
    public string? Language { get; set; }

    public ConversationOutcome Outcome { get; set; }

    /// <summary>The appointment booked (or managed) in it, to link the two both ways.</summary>
    public Guid? AppointmentId { get; set; }

    public int ActivityCount { get; set; }
}
