using Termine.Bot.State;

namespace Termine.Bot.Admin.Transcripts;

/// <summary>One row of the list; <see cref="Abandoned"/> is an open conversation quiet for longer than the limit.</summary>
public sealed record TranscriptListItem(
    string ChannelId,
    string ConversationId,
    DateTimeOffset StartedAt,
    DateTimeOffset LastActivityAt,
    string? Language,
    ConversationOutcome Outcome,
    bool Abandoned,
    Guid? AppointmentId,
    int ActivityCount);
