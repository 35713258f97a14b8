using System.Text.Json.Serialization;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>What the page gets to open the web chat: a token (never the secret) for a new conversation and its user.</summary>
public sealed record WebChatTokenResponse(
    string Token,
    string ConversationId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId);
