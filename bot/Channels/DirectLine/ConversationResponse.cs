using System.Text.Json.Serialization;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line's Conversation. Every one carries a token: directlinejs takes the token from each response, and would
/// send "Bearer undefined" afterwards without one.
/// </summary>
public sealed record ConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl);
