using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// Every message the bot sends, shaped for every channel: text, <c>speak</c> as SSML in the conversation's language
/// (read as a person would say it, the resident's own words escaped: <see cref="Speech"/>), an <c>inputHint</c>, the
/// locale, and for a question <c>channelData.expecting</c> naming what the bot waits for, with buttons that can also
/// be answered by saying them or their number.
/// </summary>
public static class ReplyFactory
{
    public static IMessageActivity Say(string text, string language) =>
        Build(text, language, InputHints.AcceptingInput, expecting: null, [], extra: null);

    public static IMessageActivity Ask(
        string text, string language, string expecting, IReadOnlyList<ChoiceButton>? choices = null, JObject? extra = null) =>
        Build(text, language, InputHints.ExpectingInput, expecting, choices ?? [], extra);

    /// <summary>The SSML a voice channel reads for this text and these buttons (<see cref="Speech"/>).</summary>
    public static string Ssml(string text, string language, IReadOnlyList<ChoiceButton> choices) => Speech.Ssml(text, language, choices);

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
