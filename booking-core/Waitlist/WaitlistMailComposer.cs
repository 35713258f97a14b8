using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Office;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Writes the waiting list's e-mails when the outbox sends them, in the entry's language, from the entry and offer as
/// they are now: the "you are on the list" e-mail (withdrawn once the resident booked or left), the offer (withdrawn
/// once it was answered or ran out) and "you are no longer on the list" (<see cref="WaitlistClosing"/>). The tokens
/// are derived again here, never stored. The same rows on a chat channel (an entry that joined from Telegram) become
/// short chat messages, the offer with its accept and decline buttons.
/// </summary>
public sealed class WaitlistMailComposer(
    ServiceCatalog catalog,
    OfficeClock clock,
    TokenKey key,
    IDbContextFactory<BookingDbContext> contexts,
    IOptions<MailOptions> mail,
    IOptions<SiteOptions> site,
    IOptions<OfficeOptions> office)
{
    private static ResourceTexts T => AppointmentEmailComposer.Texts;

    public string OfferUrl(string token) => $"{site.Value.PublicBaseUrl.TrimEnd('/')}/offer/{token}";

    public string LeaveUrl(string token) => $"{site.Value.PublicBaseUrl.TrimEnd('/')}/waiting-list/{token}";

    public async Task<ComposedMessage> ComposeAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        WaitlistEntry? entry;
        WaitlistOffer? offer = null;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            entry = await db.WaitlistEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == row.WaitlistEntryId, cancellationToken);
            if (row.Kind == MessageKind.WaitlistOffer)
            {
                offer = await db.WaitlistOffers.AsNoTracking().SingleOrDefaultAsync(o => o.AppointmentId == row.AppointmentId, cancellationToken);
            }
        }

        if (entry is null)
        {
            return new ComposedMessage.Withdrawn("waiting-list entry deleted");
        }

        var chat = row.Channel != OutboxMessage.EmailChannel;
        if (chat && string.IsNullOrEmpty(entry.ChannelAddress))
        {
            return new ComposedMessage.Withdrawn("no address");
        }

        if (catalog.Find(entry.ServiceId) is not { } service)
        {
            return new ComposedMessage.Withdrawn("service removed");
        }

        return row.Kind switch
        {
            MessageKind.WaitlistJoined when entry.State is WaitlistEntryState.Waiting or WaitlistEntryState.Offered => chat
                ? new ComposedMessage.Chat(new ChatMessage(entry.ChannelAddress!, JoinedChat(entry, service), null))
                : new ComposedMessage.Email(Message(entry, row.MessageId, Joined(entry, service))),
            MessageKind.WaitlistOffer when offer is { Outcome: OfferOutcome.Open } && offer.ExpiresAt > clock.UtcNow => chat
                ? new ComposedMessage.Chat(OfferChat(entry, offer, service))
                : new ComposedMessage.Email(Message(entry, row.MessageId, Offer(entry, offer, service))),
            MessageKind.WaitlistClosed when entry.State is WaitlistEntryState.WindowPassed or WaitlistEntryState.Unanswered => chat
                ? new ComposedMessage.Chat(new ChatMessage(entry.ChannelAddress!, ClosedChat(entry), null))
                : new ComposedMessage.Email(Message(entry, row.MessageId, Closed(entry, service))),
            MessageKind.WaitlistJoined => new ComposedMessage.Withdrawn("left the waiting list or booked"),
            MessageKind.WaitlistClosed => new ComposedMessage.Withdrawn("no longer closed by the sweep"),
            _ => new ComposedMessage.Withdrawn("offer answered or expired"),
        };
    }

    private (string Subject, string Plain, string Html) Joined(WaitlistEntry entry, ServiceDefinition service)
    {
        var l = entry.Language;
        var subject = T.Get("Waitlist.Joined.Subject", l, Bidi.Ltr(entry.Reference, l));
        var writer = new WaitlistEmailWriter(l, subject, entry.FullName)
            .Paragraph(T["Waitlist.Joined.Intro", l])
            .Row(T["Label.Service", l], service.Name[l])
            .Row(T["Waitlist.Label.Window", l], T.Get("Waitlist.Window", l, AppointmentTimes.Date(entry.From, l), AppointmentTimes.Date(entry.To, l)))
            .Row(T["Label.Persons", l], entry.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Row(T["Waitlist.Label.Reference", l], entry.Reference, leftToRight: true, bold: true)
            .Paragraph(T["Waitlist.Joined.Next", l])
            .Heading2(T["Waitlist.Leave.Heading", l])
            .Paragraph(T["Waitlist.Leave.Text", l]);
        var leave = LeaveUrl(WaitlistTokens.Leave(key, entry.Id));
        writer.Button(T["Waitlist.Leave.Link", l], leave).FullLink(note: null, leave);
        var (plain, html) = writer.Finish(office.Value, LegalLinks(l));
        return (subject, plain, html);
    }

    /// <summary>"You are no longer on the list": why (the window ended, or offers went unanswered) and how to join again.</summary>
    private (string Subject, string Plain, string Html) Closed(WaitlistEntry entry, ServiceDefinition service)
    {
        var l = entry.Language;
        var subject = T.Get("Waitlist.Closed.Subject", l, Bidi.Ltr(entry.Reference, l));
        var writer = new WaitlistEmailWriter(l, subject, entry.FullName)
            .Paragraph(T[ClosedReasonKey(entry), l])
            .Row(T["Label.Service", l], service.Name[l])
            .Row(T["Waitlist.Label.Window", l], T.Get("Waitlist.Window", l, AppointmentTimes.Date(entry.From, l), AppointmentTimes.Date(entry.To, l)))
            .Row(T["Waitlist.Label.Reference", l], entry.Reference, leftToRight: true)
            .Paragraph(T["Waitlist.Closed.Again", l]);
        var again = JoinAgainUrl(l);
        writer.Button(T["Waitlist.Closed.Link", l], again).FullLink(note: null, again);
        var (plain, html) = writer.Finish(office.Value, LegalLinks(l));
        return (subject, plain, html);
    }

    private string ClosedChat(WaitlistEntry entry)
    {
        var l = entry.Language;
        return new StringBuilder()
            .AppendLine(T.Get("Waitlist.Closed.Subject", l, Bidi.Ltr(entry.Reference, l))).AppendLine()
            .AppendLine(T[ClosedReasonKey(entry), l]).AppendLine()
            .Append(T["Waitlist.Closed.Again", l]).Append(' ').Append(Bidi.Ltr(JoinAgainUrl(l), l))
            .ToString();
    }

    private static string ClosedReasonKey(WaitlistEntry entry) =>
        entry.State == WaitlistEntryState.Unanswered ? "Waitlist.Closed.Unanswered" : "Waitlist.Closed.WindowPassed";

    /// <summary>The booking's start page, where a resident finds free slots or, when none fits, the waiting list again.</summary>
    private string JoinAgainUrl(string language) => $"{site.Value.PublicBaseUrl.TrimEnd('/')}/termin?lang={language}";

    private (string Subject, string Plain, string Html) Offer(WaitlistEntry entry, WaitlistOffer offer, ServiceDefinition service)
    {
        var l = entry.Language;
        var when = AppointmentTimes.DateAndTime(clock.ToLocal(offer.SlotStart), l);
        var subject = T.Get("Waitlist.Offer.Subject", l, when);
        var url = OfferUrl(WaitlistTokens.Offer(key, offer.Id));
        var writer = new WaitlistEmailWriter(l, subject, entry.FullName)
            .Paragraph(T["Waitlist.Offer.Intro", l])
            .Row(T["Label.Service", l], service.Name[l])
            .Row(T["Label.When", l], when, bold: true)
            .Row(T["Label.Persons", l], entry.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Address(office.Value)
            .Row(T["Waitlist.Label.ReplyBy", l], AppointmentTimes.DateAndTime(clock.ToLocal(offer.ExpiresAt), l), bold: true)
            .Paragraph(T["Waitlist.Offer.Explain", l])
            .Button(T["Waitlist.Offer.Accept", l], url + "#accept")
            .Button(T["Waitlist.Offer.Decline", l], url + "#decline")
            .FullLink(T["Waitlist.Offer.LinkNote", l], url)
            .Documents(service.Documents.Select(d => (d.Name[l], d.Note[l])).ToList(), entry.Persons);
        var (plain, html) = writer.Finish(office.Value, LegalLinks(l));
        return (subject, plain, html);
    }

    /// <summary>The join confirmation in the chat, short: the reference, the service and the window; the e-mail says the rest.</summary>
    private string JoinedChat(WaitlistEntry entry, ServiceDefinition service)
    {
        var l = entry.Language;
        return new StringBuilder()
            .AppendLine(T.Get("Waitlist.Joined.Subject", l, Bidi.Ltr(entry.Reference, l))).AppendLine()
            .AppendLine(T["Waitlist.Chat.JoinedIntro", l]).AppendLine()
            .AppendLine(Line(T["Label.Service", l], service.Name[l], l))
            .Append(Line(T["Waitlist.Label.Window", l], T.Get("Waitlist.Window", l, AppointmentTimes.Date(entry.From, l), AppointmentTimes.Date(entry.To, l)), l))
            .ToString();
    }

    /// <summary>
    /// The offer in the chat: the slot, where, by when to answer, the documents in short (their names), and the buttons
    /// "accept" and "decline" (acting for this chat's own offer only) and the offer's page.
    /// </summary>
    private ChatMessage OfferChat(WaitlistEntry entry, WaitlistOffer offer, ServiceDefinition service)
    {
        var l = entry.Language;
        var when = AppointmentTimes.DateAndTime(clock.ToLocal(offer.SlotStart), l);
        var text = new StringBuilder()
            .AppendLine(T.Get("Waitlist.Offer.Subject", l, when)).AppendLine()
            .AppendLine(T["Waitlist.Chat.OfferIntro", l]).AppendLine()
            .AppendLine(Line(T["Label.Service", l], service.Name[l], l))
            .AppendLine(Line(T["Label.Persons", l], entry.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture), l))
            .AppendLine(Line(T["Label.Where", l], office.Value.AddressOneLine, l, leftToRight: true))
            .AppendLine(Line(T["Waitlist.Label.ReplyBy", l], AppointmentTimes.DateAndTime(clock.ToLocal(offer.ExpiresAt), l), l));
        if (service.Documents.Count > 0)
        {
            text.AppendLine().AppendLine(Line(T["Documents.Heading", l], string.Join(T["Waitlist.Chat.ListSeparator", l], service.Documents.Select(d => d.Name[l])), l));
        }

        text.AppendLine().Append(T["Waitlist.Chat.OfferExplain", l]);
        var url = OfferUrl(WaitlistTokens.Offer(key, offer.Id));
        IReadOnlyList<ChatButton> buttons =
        [
            new(T["Waitlist.Offer.Accept", l], null, null, new OfferAnswer(offer.Id, Accept: true)),
            new(T["Waitlist.Offer.Decline", l], null, null, new OfferAnswer(offer.Id, Accept: false)),
            new(T["Waitlist.Chat.OpenOffer", l], null, url),
        ];
        return new ChatMessage(entry.ChannelAddress!, text.ToString(), null, buttons);
    }

    private static string Line(string label, string value, string language, bool leftToRight = false) =>
        $"{label}{T["Colon", language]} {(leftToRight ? Bidi.Ltr(value, language) : value)}";

    private MimeMessage Message(WaitlistEntry entry, string messageId, (string Subject, string Plain, string Html) content)
    {
        var message = new MimeMessage { Subject = content.Subject, MessageId = messageId, Date = clock.UtcNow };
        message.From.Add(new MailboxAddress(mail.Value.FromName, mail.Value.FromAddress));
        message.To.Add(new MailboxAddress(entry.FullName, entry.Email));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = content.Plain, HtmlBody = content.Html }.ToMessageBody();
        return message;
    }

    private List<(string Name, string Url)> LegalLinks(string language) =>
    [
        (T["Legal.Imprint", language], site.Value.LegalUrl(LegalPage.Imprint, language)),
        (T["Legal.Privacy", language], site.Value.LegalUrl(LegalPage.Privacy, language)),
        (T["Legal.Accessibility", language], site.Value.LegalUrl(LegalPage.Accessibility, language)),
    ];
}
