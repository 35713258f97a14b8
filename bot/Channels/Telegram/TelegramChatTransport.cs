using System.Globalization;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Termine.Booking.Notifications;

namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// Delivers the outbox's Telegram messages (the check-in QR code after booking, the reminders): the QR code as a photo
/// with the text as its caption, or the text alone; the first reminder's buttons under the last of them. Telegram's "bad request" and "forbidden" (the resident blocked the
/// bot, the chat is gone) are final; anything else is tried again by the outbox.
/// </summary>
public sealed class TelegramChatTransport(ITelegramBotClient client) : IChatTransport
{
    private const string PhotoName = "checkin-qr.png";

    private readonly TelegramReplyWriter _writer = new(client);

    public string Channel => TelegramAdapter.ChannelId;

    public async Task SendAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        var chatId = long.Parse(message.Address, CultureInfo.InvariantCulture);
        var keyboard = TelegramReconfirmation.Keyboard(message.Buttons);
        try
        {
            var captioned = false;
            if (message.Photo is { } png)
            {
                captioned = message.Text.Length <= TelegramText.MaxCaptionLength;
                using var photo = new MemoryStream(png);
                await client.SendPhoto(
                    chatId, InputFile.FromStream(photo, PhotoName), caption: captioned ? message.Text : null, replyMarkup: captioned ? keyboard : null,
                    cancellationToken: cancellationToken);
            }

            if (!captioned)
            {
                await _writer.SendTextAsync(chatId, message.Text, keyboard, cancellationToken);
            }
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 400 or 403)
        {
            throw new DeliveryRefusedException($"telegram {ex.ErrorCode}", ex);
        }
    }
}
