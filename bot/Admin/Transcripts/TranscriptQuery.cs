namespace Termine.Bot.Admin.Transcripts;

/// <summary>The list's filters: days in the office's time zone (both included), channel, language, outcome, page.</summary>
public sealed record TranscriptQuery(
    DateOnly? From, DateOnly? To, string? Channel, string? Language, TranscriptOutcomeFilter? Outcome, int Page);
