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
/// they are now: the "you are on the list" e-mail (withdrawn once the resident booked or left) and the offer (withdrawn
/// once it was answered or ran out). The tokens are derived again here, never stored.
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

        if (row.Channel != OutboxMessage.EmailChannel)
        {
            return new ComposedMessage.Withdrawn("no chat message for the waiting list");
        }

        if (catalog.Find(entry.ServiceId) is not { } service)
        {
            return new ComposedMessage.Withdrawn("service removed");
        }

        return row.Kind switch
        {
            MessageKind.WaitlistJoined when entry.State is WaitlistEntryState.Waiting or WaitlistEntryState.Offered =>
                new ComposedMessage.Email(Message(entry, row.MessageId, Joined(entry, service))),
            MessageKind.WaitlistOffer when offer is { Outcome: OfferOutcome.Open } && offer.ExpiresAt > clock.UtcNow =>
                new ComposedMessage.Email(Message(entry, row.MessageId, Offer(entry, offer, service))),
            MessageKind.WaitlistJoined => new ComposedMessage.Withdrawn("left the waiting list or booked"),
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
            .Row(T["Waitlist.Label.Window", l], T.Get("Waitlist.Window", l, Day(entry.From, l), Day(entry.To, l)))
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

    private (string Subject, string Plain, string Html) Offer(WaitlistEntry entry, WaitlistOffer offer, ServiceDefinition service)
    {
        var l = entry.Language;
        var when = T.DateAndTime(clock.ToLocal(offer.SlotStart), l);
        var subject = T.Get("Waitlist.Offer.Subject", l, when);
        var url = OfferUrl(WaitlistTokens.Offer(key, offer.Id));
        var writer = new WaitlistEmailWriter(l, subject, entry.FullName)
            .Paragraph(T["Waitlist.Offer.Intro", l])
            .Row(T["Label.Service", l], service.Name[l])
            .Row(T["Label.When", l], when, bold: true)
            .Row(T["Label.Persons", l], entry.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Address(office.Value)
            .Row(T["Waitlist.Label.ReplyBy", l], T.DateAndTime(clock.ToLocal(offer.ExpiresAt), l), bold: true)
            .Paragraph(T["Waitlist.Offer.Explain", l])
            .Button(T["Waitlist.Offer.Accept", l], url + "#accept")
            .Button(T["Waitlist.Offer.Decline", l], url + "#decline")
            .FullLink(T["Waitlist.Offer.LinkNote", l], url)
            .Documents(service.Documents.Select(d => (d.Name[l], d.Note[l])).ToList(), entry.Persons);
        var (plain, html) = writer.Finish(office.Value, LegalLinks(l));
        return (subject, plain, html);
    }

    private MimeMessage Message(WaitlistEntry entry, string messageId, (string Subject, string Plain, string Html) content)
    {
        var message = new MimeMessage { Subject = content.Subject, MessageId = messageId, Date = clock.UtcNow };
        message.From.Add(new MailboxAddress(mail.Value.FromName, mail.Value.FromAddress));
        message.To.Add(new MailboxAddress(entry.FullName, entry.Email));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = content.Plain, HtmlBody = content.Html }.ToMessageBody();
        return message;
    }

    private string Day(DateOnly date, string language) => T.Date(clock.ToLocal(clock.ToInstant(date, new TimeOnly(12, 0))), language);

    private List<(string Name, string Url)> LegalLinks(string language) =>
    [
        (T["Legal.Imprint", language], site.Value.LegalUrl(LegalPage.Imprint, language)),
        (T["Legal.Privacy", language], site.Value.LegalUrl(LegalPage.Privacy, language)),
        (T["Legal.Accessibility", language], site.Value.LegalUrl(LegalPage.Accessibility, language)),
    ];
}
