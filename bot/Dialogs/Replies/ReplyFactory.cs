using System.Security;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// Every message the bot sends, shaped for every channel: text, <c>speak</c> as SSML in the conversation's language
/// (the resident's own words escaped), an <c>inputHint</c>, the locale, and for a question <c>channelData.expecting</c>
/// naming what the bot waits for, with buttons that can also be answered by saying them or their number.
/// </summary>
public static class ReplyFactory
{
    public static IMessageActivity Say(string text, string language) =>
        Build(text, language, InputHints.AcceptingInput, expecting: null, [], extra: null);

    public static IMessageActivity Ask(
        string text, string language, string expecting, IReadOnlyList<ChoiceButton>? choices = null, JObject? extra = null) =>
        Build(text, language, InputHints.ExpectingInput, expecting, choices ?? [], extra);

    public static string Ssml(string text, string language, IReadOnlyList<ChoiceButton> choices)
    {
        var spoken = SecurityElement.Escape(Termine.Booking.Localization.Bidi.Strip(text).Replace('\n', ' ')) ?? "";
        if (choices.Count > 0)
        {
            spoken += " " + string.Join(" ", choices.Select((c, i) => $"{i + 1}: {SecurityElement.Escape(c.Title)}."));
        }

        return $"<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{Locale(language)}\">{spoken}</speak>";
    }

    public static string Locale(string language) => DialogTexts.Texts["Culture", language];

    private static IMessageActivity Build(
        string text, string language, string inputHint, string? expecting, IReadOnlyList<ChoiceButton> choices, JObject? extra)
    {
        var activity = MessageFactory.Text(text, Ssml(text, language, choices), inputHint);
        activity.Locale = Locale(language);
        activity.TextFormat = TextFormatTypes.Plain;
        if (choices.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = choices.Select(c => new CardAction(ActionTypes.ImBack, c.Title, value: c.Value)).ToList(),
            };
        }

        if (expecting is not null || extra is not null)
        {
            var channelData = extra ?? [];
            if (expecting is not null)
            {
                channelData["expecting"] = expecting;
            }

            activity.ChannelData = channelData;
        }

        return activity;
    }
}
