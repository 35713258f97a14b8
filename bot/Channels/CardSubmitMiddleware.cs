using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Termine.Booking;
using Termine.Bot.Channels.Teams;

namespace Termine.Bot.Channels;

/// <summary>
/// Teams' buttons both ways. Out: a question's suggested actions become an Adaptive Card (<see cref="ChoiceCard"/>),
/// as Teams shows at most three suggested actions. In: a button pressed on the card arrives with no text and the
/// button's data in <c>value</c> (Teams merges its own fields in); the dialogs read text, so the card's answer becomes
/// the message's text. The dialogs know nothing of this.
/// </summary>
public sealed class CardSubmitMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public const string AnswerField = "answer";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.ChannelId == ChoiceCard.CardChannel)
        {
            turnContext.OnSendActivities(async (_, activities, nextSend) =>
            {
                foreach (var reply in activities.Where(a => a.Type == ActivityTypes.Message && a.SuggestedActions?.Actions is { Count: > 0 }))
                {
                    ChoiceCard.Apply(reply, [.. reply.SuggestedActions.Actions], Languages.TryNormalize(reply.Locale, out var language) ? language : Languages.Default);
                }

                return await nextSend();
            });
        }

        if (activity.Type == ActivityTypes.Message && string.IsNullOrWhiteSpace(activity.Text)
            && AsObject(activity.Value)?[AnswerField] is JValue { Type: JTokenType.String } answer)
        {
            activity.Text = answer.ToString();
        }

        return next(cancellationToken);
    }

    private static JObject? AsObject(object? value) => value switch
    {
        JObject o => o,
        string s when s.TrimStart().StartsWith('{') => JObject.Parse(s),
        _ => null,
    };
}
