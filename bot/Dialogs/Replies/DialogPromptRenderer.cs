using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Termine.Bot.Conversation.Prompts;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// Renders the journey's prompts in the conversation's current language, so a question asked again after a language
/// switch comes in the new language. A slot prompt also carries the offered slots in <c>channelData.slots</c>.
/// </summary>
public sealed class DialogPromptRenderer(ConversationLanguage conversationLanguage) : IPromptRenderer
{
    /// <summary>A slot choice keeps its ISO 8601 interval ("start/end") among its synonyms, for channels and tests.</summary>
    public const char IntervalSeparator = '/';

    public async Task<IMessageActivity> RenderAsync(
        ITurnContext turnContext, PromptMessage message, IReadOnlyList<Choice> choices, ListStyle style, bool isRetry, CancellationToken cancellationToken)
    {
        var language = await conversationLanguage.GetAsync(turnContext, cancellationToken);
        var text = DialogTexts.Texts.Get(message.Key, language, message.Args);
        var buttons = style == ListStyle.None ? [] : choices.Select(c => new ChoiceButton(c.Title ?? c.Value, c.Value)).ToList();
        JObject? extra = null;
        if (message.Expecting == "slot")
        {
            extra = new JObject
            {
                ["slots"] = new JArray(choices.Select(c => c.Synonyms.FirstOrDefault(s => s.Contains(IntervalSeparator)))
                    .Where(s => s is not null)
                    .Select(s => new JObject { ["start"] = s!.Split(IntervalSeparator)[0], ["end"] = s.Split(IntervalSeparator)[1] })),
            };
        }

        if (buttons.Count > 0 && style == ListStyle.List)
        {
            text += "\n" + string.Join("\n", buttons.Select((b, i) => $"{i + 1}. {b.Title}"));
        }

        await conversationLanguage.OfferAsync(turnContext, choices.SelectMany(c => new[] { c.Title ?? c.Value, c.Value }.Concat(c.Synonyms)).Distinct(), cancellationToken);
        var activity = ReplyFactory.Ask(text, language, message.Expecting ?? "text", buttons, extra);
        return activity;
    }
}
