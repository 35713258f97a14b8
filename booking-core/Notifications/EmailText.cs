using System.Text;

namespace Termine.Booking.Notifications;

/// <summary>The plain-text body: what every mail client shows, and what a screen reader reads most reliably.</summary>
internal static class EmailText
{
    public static string Plain(EmailContent c)
    {
        var t = AppointmentEmailComposer.Texts;
        var l = c.Language;
        var text = new StringBuilder();
        text.AppendLine(c.Greeting).AppendLine().AppendLine(c.Intro).AppendLine();
        text.AppendLine($"{t["Label.Service", l]}: {c.ServiceName}");
        text.AppendLine($"{t["Label.When", l]}: {c.When}");
        if (c.Kind != MessageKind.Cancellation && c.People.Count > 0)
        {
            text.AppendLine($"{t["Label.People", l]}:");
            foreach (var person in c.People)
            {
                text.AppendLine($"- {person}");
            }
        }
        else if (c.Kind != MessageKind.Cancellation)
        {
            text.AppendLine($"{t["Label.Persons", l]}: {c.Persons}");
        }

        text.AppendLine($"{t["Label.Reference", l]}: {c.Reference}");
        if (c.Kind == MessageKind.Cancellation)
        {
            text.AppendLine().AppendLine(t["Rebook", l]).AppendLine(c.BookingUrl);
        }
        else
        {
            text.AppendLine($"{t["Label.Where", l]}: {t["Address", l]}").AppendLine(t["HowToFind", l]).AppendLine();
            text.AppendLine(t["Qr.Heading", l]).AppendLine(t["Qr.Instruction", l]).AppendLine(t["Qr.Link", l]).AppendLine(c.CheckInUrl).AppendLine();
            text.AppendLine(t["Documents.Heading", l]);
            foreach (var (name, note) in c.Documents)
            {
                text.AppendLine($"- {name}: {note}");
            }

            if (c.Persons > 1)
            {
                text.AppendLine(t["Documents.PerPerson", l]);
            }

            text.AppendLine().AppendLine(t["Manage.Heading", l]).AppendLine(t["Manage.Text", l]).AppendLine(c.ManageUrl);
            text.AppendLine().AppendLine(t["Calendar.Note", l]);
        }

        text.AppendLine().AppendLine(t["Closing", l]).AppendLine(t["Signature", l]).AppendLine().AppendLine(t["NoReply", l]);
        return text.ToString();
    }
}
