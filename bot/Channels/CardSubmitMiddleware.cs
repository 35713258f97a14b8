using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Termine.Bot.Channels;

/// <summary>
/// A button pressed on an Adaptive Card arrives with no text and the button's data in <c>value</c> (Teams merges its
/// own fields in). The dialogs read text, so the card's answer becomes the message's text.
/// </summary>
public sealed class CardSubmitMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public const string AnswerField = "answer";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
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
