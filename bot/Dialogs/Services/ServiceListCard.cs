using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Termine.Booking.Catalog;
using Termine.Bot.Dialogs.Replies;

namespace Termine.Bot.Dialogs.Services;

/// <summary>
/// Every service, grouped by topic (the desk team that handles it), as a card in the transcript for Web Chat: its
/// suggested actions sit in a box of about five rows under the last message, where sixteen long names would scroll out
/// of sight on a phone. Each button sends the service's name as the resident's message (a string submit is an imBack),
/// so it reads like a typed answer. Teams (<c>Channels/Teams/ChoiceCard</c>) and Telegram (an inline keyboard, one row a
/// service) show the question's suggested actions whole already, so they keep them.
/// </summary>
public static class ServiceListCard
{
    private static readonly HashSet<string> CardChannels = ["webchat", "directline", "emulator"];

    /// <summary>The teams the catalog ships with have a heading each; a team added later is listed under "more services".</summary>
    private static readonly HashSet<string> NamedGroups = ["residence", "employment", "humanitarian", "service"];

    public static void Apply(IMessageActivity message, IReadOnlyList<ServiceDefinition> services, string language, string channelId)
    {
        if (!CardChannels.Contains(channelId) || services.Count == 0)
        {
            return;
        }

        var body = new JArray();
        foreach (var group in services.GroupBy(s => NamedGroups.Contains(s.Team) ? s.Team : ""))
        {
            body.Add(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = DialogTexts.Texts[group.Key.Length > 0 ? $"Service.Group.{group.Key}" : "Service.More", language],
                ["style"] = "heading",
                ["weight"] = "Bolder",
                ["wrap"] = true,
                ["spacing"] = body.Count == 0 ? "None" : "Large",
            });
            body.Add(new JObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JArray(group.Select(s => new JObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = s.Name[language],
                    ["data"] = s.Name[language],
                })),
            });
        }

        message.Attachments = [AdaptiveCard.Attachment(body, language, string.Join("\n", services.Select(s => s.Name[language])))];
        message.SuggestedActions = null;
    }
}
