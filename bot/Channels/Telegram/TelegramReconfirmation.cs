using System.Globalization;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Reconfirmation;

namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// The first reminder's buttons in Telegram: "Yes, I will come" carries the appointment's id in its callback data
/// ("rc:…", 35 bytes of Telegram's 64) and confirms only for the chat the appointment was booked in, so a press from
/// any other chat (a forwarded message) does nothing; "cancel" opens the appointment's page, where cancelling is a
/// button as in the e-mail. The press is answered in the appointment's language.
/// </summary>
public sealed class TelegramReconfirmation(ITelegramBotClient client, AppointmentChanges changes, ILogger<TelegramReconfirmation> logger)
{
    private const string Prefix = "rc:";

    public static InlineKeyboardMarkup? Keyboard(IReadOnlyList<ChatButton>? buttons) =>
        buttons is null or { Count: 0 }
            ? null
            : new InlineKeyboardMarkup(buttons.Select(b => new[]
            {
                b switch
                {
                    { ReconfirmAppointmentId: { } id } => InlineKeyboardButton.WithCallbackData(b.Text, Prefix + id.ToString("N", CultureInfo.InvariantCulture)),
                    { Offer: { } answer } => TelegramOfferAnswers.Button(b, answer),
                    _ => InlineKeyboardButton.WithUrl(b.Text, b.Url!),
                },
            }));

    public static bool IsPress(CallbackQuery query) => query.Data?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>Confirms the appointment the button names, if this chat is the one it was booked in; otherwise nothing.</summary>
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var chatId = query.Message?.Chat.Id;
        if (chatId is null || !Guid.TryParseExact(query.Data![Prefix.Length..], "N", out var appointmentId))
        {
            return;
        }

        var proof = new AppointmentProof.ChatOfBooking(TelegramAdapter.ChannelId, chatId.Value.ToString(CultureInfo.InvariantCulture), appointmentId);
        var result = await changes.ReconfirmAsync(proof, cancellationToken);
        var texts = AppointmentEmailComposer.Texts;
        var reply = result switch
        {
            ReconfirmResult.Confirmed confirmed => texts.Get(
                "Chat.Reconfirmed", confirmed.Appointment.Language, AppointmentTimes.DateAndTime(confirmed.Appointment.Start, confirmed.Appointment.Language)),
            ReconfirmResult.Closed closed => texts["Chat.ReconfirmClosed", closed.Appointment.Language],
            _ => null,
        };
        if (reply is null)
        {
            logger.ConfirmationPressInForeignChat(TelegramLog.Hash(chatId.Value));
            return;
        }

        await client.SendMessage(chatId.Value, reply, cancellationToken: cancellationToken);
    }
}
