using System.Text.Json;
using System.Text.Json.Nodes;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// The optional body of generate and start, <c>{"user":{"id","name"}, …}</c>. Only the secret's holder may choose a
/// user id; directlinejs also sends a locale, which the bot reads from the activities instead.
/// </summary>
public sealed record TokenParameters(string? UserId)
{
    private const int MaxChars = 16 * 1024;
    private const int MaxUserIdLength = 256;

    /// <summary>The parameters, or the error response for a body that is too long or not such an object.</summary>
    public static async Task<(TokenParameters? Parameters, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await DirectLineRequests.ReadBodyAsync(request, MaxChars, cancellationToken);
        if (body is null)
        {
            return (null, DirectLineErrors.TooLarge("The token parameters are too long."));
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return (new TokenParameters(UserId: null), null);
        }

        try
        {
            if (JsonNode.Parse(body) is not JsonObject json)
            {
                return (null, DirectLineErrors.BadArgument("The token parameters must be a JSON object."));
            }

            var userId = json["user"] is JsonObject user && user["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;
            return userId is { Length: > MaxUserIdLength }
                ? (null, DirectLineErrors.BadArgument("The user id is too long."))
                : (new TokenParameters(string.IsNullOrEmpty(userId) ? null : userId), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The token parameters are not valid JSON."));
        }
    }
}
