using System.Text.Json.Nodes;

namespace Termine.LoadTest;

/// <summary>An activity of the bot as the stream delivered it, with its arrival (a Stopwatch timestamp).</summary>
public sealed record BotReply(JsonObject Activity, long ArrivedAt)
{
    public string? ReplyToId => Activity["replyToId"]?.GetValue<string>();

    public string Text => Activity["text"]?.GetValue<string>() ?? "";

    /// <summary>What a question waits for (<c>channelData.expecting</c>); null for a plain statement.</summary>
    public string? Expecting => Activity["channelData"]?["expecting"]?.GetValue<string>();

    /// <summary>The values of the suggested actions, in order.</summary>
    public IReadOnlyList<string> Choices =>
        Activity["suggestedActions"]?["actions"]?.AsArray().Select(a => a!["value"]!.GetValue<string>()).ToList() ?? [];

    /// <summary>How many of <see cref="Choices"/> are offered slots (<c>channelData.slots</c>); the last choice is "another day".</summary>
    public int SlotCount => Activity["channelData"]?["slots"]?.AsArray().Count ?? 0;
}
