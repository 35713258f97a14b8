using System.Globalization;
using Microsoft.Bot.Schema;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// A Telegram update as the Bot Framework activity every channel hands the bot: the chat is the conversation, the
/// user's id (never the name) the sender, the user's <c>language_code</c> the locale. A button press becomes a message
/// with the button's words. Only private chats count: a booking's personal data has no place in a group.
/// </summary>
internal static class TelegramActivities
{
    public static Activity? FromMessage(Message message, ChannelAccount bot)
    {
        if (message.Chat.Type != ChatType.Private || message.From is not { } user)
        {
            return null;
        }

        var activity = New(message.Chat.Id, user, bot, message.Id.ToString(CultureInfo.InvariantCulture));
        activity.Timestamp = new DateTimeOffset(DateTime.SpecifyKind(message.Date, DateTimeKind.Utc));
        // A photo or a sticker has no text: the dialogs answer that with how to reply instead.
        activity.Text = message.Text;
        return activity;
    }

    /// <param name="answer">The pressed button's words (<see cref="TelegramKeyboard.Answer"/>).</param>
    public static Activity? FromCallback(CallbackQuery query, string answer, ChannelAccount bot)
    {
        if (query.Message is not { Chat.Type: ChatType.Private } message)
        {
            return null;
        }

        var activity = New(message.Chat.Id, query.From, bot, query.Id);
        activity.Text = answer;
        return activity;
    }

    private static Activity New(long chatId, User user, ChannelAccount bot, string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = TelegramAdapter.ChannelId,
        Conversation = new ConversationAccount(isGroup: false, id: chatId.ToString(CultureInfo.InvariantCulture), conversationType: "personal"),
        From = new ChannelAccount(id: user.Id.ToString(CultureInfo.InvariantCulture), role: RoleTypes.User),
        Recipient = bot,
        Locale = user.LanguageCode,
        TextFormat = TextFormatTypes.Plain,
    };
}
