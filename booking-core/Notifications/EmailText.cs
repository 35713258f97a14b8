using System.Text;
using Termine.Booking.Localization;

namespace Termine.Booking.Notifications;

/// <summary>
/// The plain-text body: what every mail client shows, and what a screen reader reads most reliably. Left-to-right runs
/// (reference, German address, phone number, links) are isolated in Arabic, typed names in every language.
/// </summary>
internal static class EmailText
{
    public static string Plain(EmailContent c)
    {
        var t = AppointmentEmailComposer.Texts;
        var l = c.Language;
        string P(string prose) => LatinRuns.Plain(prose, l);
        var text = new StringBuilder();
        text.AppendLine(c.Greeting).AppendLine().AppendLine(P(c.Intro)).AppendLine();
        text.AppendLine($"{t["Label.Service", l]}{t["Colon", l]} {P(c.ServiceName)}");
        text.AppendLine($"{t["Label.When", l]}{t["Colon", l]} {c.When}");
        if (c.Kind != MessageKind.Cancellation && c.People.Count > 0)
        {
            text.AppendLine($"{t["Label.People", l]}{t["Colon", l]}");
            foreach (var (name, birthDate) in c.People)
            {
                text.AppendLine($"- {Bidi.Isolate(name)} ({Bidi.Ltr(birthDate, l)})");
            }
        }
        else if (c.Kind != MessageKind.Cancellation)
        {
            text.AppendLine($"{t["Label.Persons", l]}{t["Colon", l]} {c.Persons}");
        }

        text.AppendLine($"{t["Label.Reference", l]}{t["Colon", l]} {Bidi.Ltr(c.Reference, l)}");
        if (c.ReconfirmUrl is not null)
        {
            // The question comes first: it is what this reminder is for.
            text.AppendLine().AppendLine(t["Reconfirm.Heading", l]).AppendLine(P(t["Reconfirm.Text", l]));
            if (c.ReleaseDeadline is { } deadline)
            {
                text.AppendLine(P(t.Get("Reconfirm.Warning", l, deadline)));
            }

            text.AppendLine($"{t["Reconfirm.Button", l]}{t["Colon", l]}").AppendLine(Bidi.Ltr(c.ReconfirmUrl, l));
        }

        if (c.Kind == MessageKind.Cancellation)
        {
            text.AppendLine().AppendLine(P(t["Rebook", l])).AppendLine(Bidi.Ltr(c.BookingUrl, l));
        }
        else
        {
            text.AppendLine($"{t["Label.Where", l]}{t["Colon", l]}");
            AppendAddress(text, c);
            text.AppendLine(P(t["HowToFind", l])).AppendLine();
            text.AppendLine(P(t["Qr.Heading", l])).AppendLine(P(t["Qr.Instruction", l])).AppendLine(P(t["Qr.Link", l])).AppendLine(Bidi.Ltr(c.CheckInUrl!, l)).AppendLine();
            text.AppendLine(t["Documents.Heading", l]);
            foreach (var (name, note) in c.Documents)
            {
                text.AppendLine($"- {P(name)}{t["Colon", l]} {P(note)}");
            }

            if (c.Persons > 1)
            {
                text.AppendLine(t["Documents.PerPerson", l]);
            }

            text.AppendLine().AppendLine(t["Manage.Heading", l]).AppendLine(t["Manage.Text", l]).AppendLine(Bidi.Ltr(c.ManageUrl!, l));
            text.AppendLine().AppendLine(P(t["Calendar.Note", l]));
        }

        text.AppendLine().AppendLine(PhoneLine(c));
        text.AppendLine().AppendLine(t["Closing", l]).AppendLine(P(t["Signature", l])).AppendLine().AppendLine(t["NoReply", l]);
        text.AppendLine();
        foreach (var (name, url) in c.LegalLinks)
        {
            text.AppendLine($"{name}{t["Colon", l]} {Bidi.Ltr(url, l)}");
        }

        return text.ToString();
    }

    /// <summary>"Haben Sie Fragen? Rufen Sie unsere Servicestelle an: 02181 601-0", the number isolated in Arabic.</summary>
    public static string PhoneLine(EmailContent c) =>
        AppointmentEmailComposer.Texts.Get("Phone.Line", c.Language, Bidi.Ltr(c.Office.Phone, c.Language));

    /// <summary>The authority's name in the resident's language, then the German address as on the building, a line each.</summary>
    public static void AppendAddress(StringBuilder text, EmailContent c)
    {
        if (c.TranslatedOfficeName is { } translated)
        {
            text.AppendLine(translated);
        }

        foreach (var line in c.Office.AddressLines)
        {
            text.AppendLine(Bidi.Ltr(line, c.Language));
        }
    }
}
