using System.Globalization;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Office;
using Termine.Booking.Waitlist;

namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// A waiting-list offer's buttons in Telegram: "accept" and "decline" carry the offer's id in their callback data
/// ("wa:…"/"wd:…", 35 bytes of Telegram's 64) and act only for the chat the entry joined from
/// (<see cref="WaitlistOffers.AnswerInChatAsync"/>), so a press from any other chat (a forwarded message) does nothing.
/// The press is answered in the entry's language: booked with the reference, declined, or no longer open.
/// </summary>
public sealed class TelegramOfferAnswers(
    ITelegramBotClient client, WaitlistOffers offers, IOptions<OfficeOptions> office, ILogger<TelegramOfferAnswers> logger)
{
    private const string AcceptPrefix = "wa:";

    private const string DeclinePrefix = "wd:";

    public static InlineKeyboardButton Button(ChatButton button, OfferAnswer answer) =>
        InlineKeyboardButton.WithCallbackData(
            button.Text, (answer.Accept ? AcceptPrefix : DeclinePrefix) + answer.OfferId.ToString("N", CultureInfo.InvariantCulture));

    public static bool IsPress(CallbackQuery query) =>
        query.Data?.StartsWith(AcceptPrefix, StringComparison.Ordinal) == true
        || query.Data?.StartsWith(DeclinePrefix, StringComparison.Ordinal) == true;

    /// <summary>Accepts or declines the offer the button names, if this chat is the one its entry joined from; otherwise nothing.</summary>
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var chatId = query.Message?.Chat.Id;
        if (chatId is null || !Guid.TryParseExact(query.Data![AcceptPrefix.Length..], "N", out var offerId))
        {
            return;
        }

        var answer = new OfferAnswer(offerId, query.Data.StartsWith(AcceptPrefix, StringComparison.Ordinal));
        var chat = chatId.Value.ToString(CultureInfo.InvariantCulture);
        var result = await offers.AnswerInChatAsync(TelegramAdapter.ChannelId, chat, answer, cancellationToken);
        if (result is OfferResult.NotFound || await offers.ChatAnswerContextAsync(offerId, cancellationToken) is not var (language, slotStart))
        {
            logger.OfferPressInForeignChat(TelegramLog.Hash(chatId.Value));
            return;
        }

        var texts = AppointmentEmailComposer.Texts;
        var reply = result switch
        {
            OfferResult.Booked booked => texts.Get(
                "Waitlist.Chat.Booked", language, AppointmentTimes.DateAndTime(slotStart, language), Bidi.Ltr(booked.Booking.Appointment.Reference, language)),
            OfferResult.Declined => texts["Waitlist.Chat.Declined", language],
            OfferResult.Refused => texts.Get("Waitlist.Chat.Refused", language, Bidi.Ltr(office.Value.Phone, language)),
            _ => texts["Waitlist.Chat.Gone", language],
        };
        await client.SendMessage(chatId.Value, reply, cancellationToken: cancellationToken);
    }
}
