using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Telegram.Bot;
using Telegram.Bot.Types.ReplyMarkups;

namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// Sends one of the bot's messages into a chat: plain text (in parts when longer than Telegram allows), suggested
/// actions as an inline keyboard under the last part, an Adaptive Card as its fallback text.
/// </summary>
internal sealed class TelegramReplyWriter(ITelegramBotClient client)
{
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    /// <returns>The id of the last message sent, or null when there was nothing to send.</returns>
    public async Task<int?> SendAsync(long chatId, IMessageActivity activity, CancellationToken cancellationToken) =>
        await SendTextAsync(chatId, TextOf(activity), TelegramKeyboard.For(activity.SuggestedActions), cancellationToken);

    public async Task<int?> SendTextAsync(long chatId, string text, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        var parts = TelegramText.Split(text);
        int? last = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var sent = await client.SendMessage(chatId, parts[i], replyMarkup: i == parts.Count - 1 ? keyboard : null, cancellationToken: cancellationToken);
            last = sent.Id;
        }

        return last;
    }

    private static string TextOf(IMessageActivity activity)
    {
        var cards = (activity.Attachments ?? [])
            .Where(a => a.ContentType == AdaptiveCard)
            .Select(a => (a.Content is JObject card ? card : JObject.FromObject(a.Content))["fallbackText"]?.ToString())
            .Where(t => !string.IsNullOrWhiteSpace(t));
        return string.Join("\n\n", cards.Prepend(activity.Text).Where(t => !string.IsNullOrWhiteSpace(t)));
    }
}
