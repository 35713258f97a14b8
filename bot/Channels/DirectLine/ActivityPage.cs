namespace Termine.Bot.Channels.DirectLine;

/// <summary>Activities as clients receive them (JSON), in order, and the watermark after the last one looked at.</summary>
public sealed record ActivityPage(IReadOnlyList<string> Activities, long Watermark);
