using Microsoft.Bot.Schema;

namespace Termine.Bot.State;

/// <summary>Who said an activity of a transcript: the bot, or the resident.</summary>
public static class ActivitySpeaker
{
    /// <summary>The bot's activities carry its role; where a channel left it out, a reply to something is the bot's.</summary>
    public static bool IsBot(IActivity activity) =>
        activity.From?.Role == RoleTypes.Bot || (activity.From?.Role is null && activity.ReplyToId is not null);
}
