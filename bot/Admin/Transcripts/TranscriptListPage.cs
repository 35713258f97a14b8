namespace Termine.Bot.Admin.Transcripts;

/// <summary>One page of the list, newest first, and whether there are more.</summary>
public sealed record TranscriptListPage(IReadOnlyList<TranscriptListItem> Items, int Page, bool HasNext);
