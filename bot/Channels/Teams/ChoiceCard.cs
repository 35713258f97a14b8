using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Termine.Bot.Channels;

namespace Termine.Bot.Channels.Teams;

/// <summary>
/// A question with its choices as an Adaptive Card (JSON), for Teams: there suggested actions show at most three and
/// not beside attachments. Each button submits <c>{"answer": value}</c>, which <see cref="CardSubmitMiddleware"/> turns
/// back into the message's text. The card's fallback text lists the choices for clients without cards.
/// </summary>
public static class ChoiceCard
{
    public const string CardChannel = "msteams";

    /// <summary>Teams shows a limited number of actions per set; longer lists are split into rows.</summary>
    private const int ActionsPerSet = 5;

    public static void Apply(IMessageActivity message, IReadOnlyList<CardAction> choices, string language)
    {
        var fallback = message.Text + "\n" + string.Join("\n", choices.Select((c, i) => $"{i + 1}. {c.Title}"));
        var body = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = message.Text, ["wrap"] = true });
        foreach (var row in choices.Chunk(ActionsPerSet))
        {
            body.Add(new JObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JArray(row.Select(c => new JObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = c.Title,
                    ["data"] = new JObject { [CardSubmitMiddleware.AnswerField] = c.Value?.ToString() ?? c.Title },
                })),
            });
        }

        message.Attachments =
        [
            new Attachment
            {
                ContentType = "application/vnd.microsoft.card.adaptive",
                Content = new JObject
                {
                    ["type"] = "AdaptiveCard",
                    ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                    ["version"] = "1.5",
                    ["lang"] = language,
                    ["rtl"] = Termine.Booking.Languages.IsRightToLeft(language),
                    ["fallbackText"] = fallback,
                    ["body"] = body,
                },
            },
        ];
        // The card holds the question; the text beside it would say it twice.
        message.Text = null;
        message.SuggestedActions = null;
        message.Summary = fallback;
    }
}
