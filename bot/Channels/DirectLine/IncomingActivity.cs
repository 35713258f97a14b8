using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Checks an activity a client posted and sets what the channel owns: channel, conversation, recipient (the bot),
/// service URL, and the sender as a user. A user id in the token wins over the one in the activity, as in Direct
/// Line. Everything else, channelData above all, stays as the client sent it.
/// </summary>
public static class IncomingActivity
{
    /// <summary>Direct Line: at most 256K characters, serialized.</summary>
    public const int MaxChars = 256 * 1024;

    /// <summary>Null when the activity is ready for the bot; otherwise the error response.</summary>
    public static IResult? Prepare(JObject activity, string conversationId, DirectLineCaller caller, string serviceUrl)
    {
        if (activity["type"] is not JValue { Value: string type } || string.IsNullOrWhiteSpace(type))
        {
            return DirectLineErrors.MissingProperty("The activity needs a type.");
        }

        if (type.Length > State.BotDbContext.DirectLineTypeLength)
        {
            return DirectLineErrors.BadArgument("The activity's type is too long.");
        }

        if (activity["from"] is { } sender && sender is not JObject)
        {
            return DirectLineErrors.BadArgument("The activity's from must be an object.");
        }

        var from = activity["from"] as JObject ?? [];
        var userId = caller.UserId ?? (from["id"] as JValue)?.Value as string;
        if (string.IsNullOrEmpty(userId))
        {
            return DirectLineErrors.MissingProperty("Missing user id: set from.id, or use a token that names the user.");
        }

        from["id"] = userId;
        from["role"] = RoleTypes.User;
        activity["from"] = from;
        activity["channelId"] = DirectLineAdapter.ChannelId;
        activity["serviceUrl"] = serviceUrl;
        activity["conversation"] = new JObject { ["id"] = conversationId };
        activity["recipient"] = JObject.FromObject(DirectLineAdapter.BotAccount());
        return null;
    }
}
