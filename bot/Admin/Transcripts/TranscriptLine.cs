namespace Termine.Bot.Admin.Transcripts;

/// <summary>
/// One message of a conversation as staff read it: when (UTC), who, the text, the buttons offered and the attachments
/// by name. <see cref="Index"/> ties a translation to its line.
/// </summary>
public sealed record TranscriptLine(
    int Index, DateTimeOffset At, bool FromBot, string Kind, string? Text, IReadOnlyList<string> Buttons, IReadOnlyList<string> Attachments);
