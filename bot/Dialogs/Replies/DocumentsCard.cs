using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// A service's explanation and documents: an Adaptive Card written as JSON where the channel renders cards, plain
/// text everywhere else (and as the card's fallback). The message's <c>speak</c> reads the whole list once; the card
/// has no <c>speak</c> of its own, or a voice channel would read the documents twice.
/// </summary>
public static class DocumentsCard
{
    private static readonly HashSet<string> CardChannels = ["msteams", "webchat", "directline", "emulator"];

    public static IMessageActivity For(ServiceDefinition service, string language, string channelId)
    {
        var text = PlainText(service, language);
        var message = ReplyFactory.Say(text, language);
        if (!CardChannels.Contains(channelId))
        {
            return message;
        }

        message.Text = $"{service.Name[language]}\n\n{Bidi.LtrRuns(service.Description[language], language)}";
        message.Attachments = [Card(service, language, text)];
        return message;
    }

    public static string PlainText(ServiceDefinition service, string language) =>
        $"{service.Name[language]}\n\n{Bidi.LtrRuns(service.Description[language], language)}\n\n{DialogTexts.Texts["Documents.Heading", language]}\n"
        + string.Join("\n", service.Documents.Select(d => $"• {Bidi.LtrRuns(d.Name[language], language)}{DialogTexts.Texts["Colon", language]} {Bidi.LtrRuns(d.Note[language], language)}"));

    private static Attachment Card(ServiceDefinition service, string language, string fallback)
    {
        var body = new JArray(
            new JObject { ["type"] = "TextBlock", ["text"] = service.Name[language], ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JObject { ["type"] = "TextBlock", ["text"] = Bidi.LtrRuns(service.Description[language], language), ["wrap"] = true },
            new JObject { ["type"] = "TextBlock", ["text"] = DialogTexts.Texts["Documents.Heading", language], ["weight"] = "Bolder", ["wrap"] = true, ["spacing"] = "Medium" });
        foreach (var document in service.Documents)
        {
            body.Add(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = $"• **{Bidi.LtrRuns(document.Name[language], language)}**{DialogTexts.Texts["Colon", language]} {Bidi.LtrRuns(document.Note[language], language)}",
                ["wrap"] = true,
                ["spacing"] = "Small",
            });
        }

        return AdaptiveCard.Attachment(body, language, fallback);
    }
}
