using Microsoft.Bot.Schema;
using Newtonsoft.Json;
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
    public static IResult? Prepare(JObject activity, string conversationId, DirectLineCaller caller, string serviceUrl, DirectLineOptions options)
    {
        if (activity["type"] is not JValue { Value: string type } || string.IsNullOrWhiteSpace(type))
        {
            return DirectLineErrors.MissingProperty("The activity needs a type.");
        }

        if (type.Length > DirectLineActivity.MaxTypeLength)
        {
            return DirectLineErrors.BadArgument("The activity's type is too long.");
        }

        if (activity["text"] is JValue { Value: string text } && text.Length > options.MaxMessageTextLength)
        {
            return DirectLineErrors.TooLarge($"The text may have at most {options.MaxMessageTextLength} characters.");
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
        var bot = DirectLineAdapter.BotAccount();
        activity["recipient"] = new JObject { ["id"] = bot.Id, ["name"] = bot.Name, ["role"] = bot.Role };
        return FitsTheSchema(activity) ? null : DirectLineErrors.BadArgument("The activity does not fit the Activity schema.");
    }

    /// <summary>Tried now, because once stored the echo is out: a timestamp the bot's side cannot read must be refused first.</summary>
    private static bool FitsTheSchema(JObject activity)
    {
        try
        {
            ActivityJson.ToActivity(activity);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
