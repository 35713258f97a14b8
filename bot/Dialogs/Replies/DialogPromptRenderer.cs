using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Termine.Bot.Conversation.Prompts;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// Renders the journey's prompts in the conversation's current language, so a question asked again after a language
/// switch comes in the new language. Choices that stand for a time (a slot) also go out in <c>channelData.slots</c>.
/// </summary>
public sealed class DialogPromptRenderer(ConversationLanguage conversationLanguage) : IPromptRenderer
{
    public async Task<IMessageActivity> RenderAsync(
        ITurnContext turnContext, PromptMessage message, IReadOnlyList<Choice> choices, ListStyle style, bool isRetry, CancellationToken cancellationToken)
    {
        var language = await conversationLanguage.GetAsync(turnContext, cancellationToken);
        var text = DialogTexts.Texts.Get(message.Key, language, message.Args);
        var buttons = style == ListStyle.None ? [] : choices.Select(c => c.TitleKey is { } key
            ? new ChoiceButton(DialogTexts.Texts[key, language], DialogTexts.Texts[key, language])
            : new ChoiceButton(c.Title ?? c.Value, c.Value)).ToList();
        JObject? extra = null;
        if (choices.Any(c => c.Span is not null))
        {
            extra = new JObject
            {
                ["slots"] = new JArray(choices.Where(c => c.Span is not null)
                    .Select(c => new JObject { ["start"] = Iso(c.Span!.Start), ["end"] = Iso(c.Span.End) })),
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

    /// <summary>Always invariant: the SDK sets the thread's culture from the activity's locale, and ar-SA would write Hijri dates.</summary>
    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}
