using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Termine.Booking.Notifications;

/// <summary>
/// The HTML body: one narrow column with inline styles, which is what common mail clients and phones render
/// faithfully. Every value is encoded: the name is the resident's own typing.
/// </summary>
internal static class EmailHtml
{
    private const string Text = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;";
    private const string Heading = "font-family:Arial,Helvetica,sans-serif;font-size:18px;color:#00527a;margin:24px 0 8px;";

    public static string Render(EmailContent c, string? qrContentId)
    {
        var t = AppointmentEmailComposer.Texts;
        var l = c.Language;
        var dir = Languages.IsRightToLeft(l) ? "rtl" : "ltr";
        var align = dir == "rtl" ? "right" : "left";
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{l}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append($"<title>{E(c.Subject)}</title></head>")
            .Append($"<body style=\"margin:0;padding:0;background:#f3f5f7;\"><div dir=\"{dir}\" style=\"max-width:600px;margin:0 auto;padding:24px 16px;background:#ffffff;text-align:{align};{Text}\">")
            .Append($"<p style=\"{Text}\">{E(c.Greeting)}</p><p style=\"{Text}\">{E(c.Intro)}</p>");

        html.Append("<table role=\"presentation\" style=\"border-collapse:collapse;width:100%;margin:16px 0;\">");
        Row(html, t["Label.Service", l], c.ServiceName, align);
        Row(html, t["Label.When", l], c.When, align, bold: true);
        if (c.Kind != MessageKind.Cancellation && c.People.Count > 0)
        {
            // One line per person; each name is encoded on its own, the line breaks are ours.
            RowHtml(html, t["Label.People", l], string.Join("<br>", c.People.Select(E)), align, bold: false);
        }
        else if (c.Kind != MessageKind.Cancellation)
        {
            Row(html, t["Label.Persons", l], c.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture), align);
        }

        Row(html, t["Label.Reference", l], c.Reference, align, bold: true);
        if (c.Kind != MessageKind.Cancellation)
        {
            Row(html, t["Label.Where", l], t["Address", l], align);
        }

        html.Append("</table>");
        if (c.Kind == MessageKind.Cancellation)
        {
            html.Append($"<p style=\"{Text}\">{E(t["Rebook", l])} <a href=\"{E(c.BookingUrl)}\">{E(c.BookingUrl)}</a></p>");
        }
        else
        {
            AppendDetails(html, c, qrContentId);
        }

        html.Append($"<p style=\"{Text}\">{E(t["Closing", l])}<br>{E(t["Signature", l])}</p>")
            .Append($"<p style=\"{Text}font-size:13px;color:#555555;\">{E(t["NoReply", l])}</p>")
            .Append("</div></body></html>");
        return html.ToString();
    }

    private static void AppendDetails(StringBuilder html, EmailContent c, string? qrContentId)
    {
        var t = AppointmentEmailComposer.Texts;
        var l = c.Language;
        html.Append($"<p style=\"{Text}\">{E(t["HowToFind", l])}</p>")
            .Append($"<h2 style=\"{Heading}\">{E(t["Qr.Heading", l])}</h2>")
            .Append($"<p style=\"{Text}\">{E(t["Qr.Instruction", l])}</p>");
        if (qrContentId is not null)
        {
            html.Append($"<p style=\"text-align:center;margin:16px 0;\"><img src=\"cid:{E(qrContentId)}\" width=\"240\" height=\"240\" alt=\"{E(t.Get("Qr.Alt", l, c.Reference))}\" style=\"width:240px;height:240px;\"></p>");
        }

        html.Append($"<p style=\"{Text}font-size:14px;\">{E(t["Qr.Link", l])} <a href=\"{E(c.CheckInUrl!)}\">{E(c.CheckInUrl!)}</a></p>")
            .Append($"<h2 style=\"{Heading}\">{E(t["Documents.Heading", l])}</h2><ul style=\"{Text}padding-inline-start:24px;\">");
        foreach (var (name, note) in c.Documents)
        {
            html.Append($"<li style=\"margin-bottom:6px;\"><strong>{E(name)}</strong>: {E(note)}</li>");
        }

        html.Append("</ul>");
        if (c.Persons > 1)
        {
            html.Append($"<p style=\"{Text}\">{E(t["Documents.PerPerson", l])}</p>");
        }

        html.Append($"<h2 style=\"{Heading}\">{E(t["Manage.Heading", l])}</h2>")
            .Append($"<p style=\"{Text}\">{E(t["Manage.Text", l])}</p>")
            .Append($"<p><a href=\"{E(c.ManageUrl!)}\" style=\"display:inline-block;padding:12px 20px;background:#00527a;color:#ffffff;text-decoration:none;border-radius:4px;{Text}color:#ffffff;\">{E(t["Manage.Link", l])}</a></p>")
            .Append($"<p style=\"{Text}font-size:14px;\">{E(t["Calendar.Note", l])}</p>");
    }

    private static void Row(StringBuilder html, string label, string value, string align, bool bold = false) =>
        RowHtml(html, label, E(value), align, bold);

    private static void RowHtml(StringBuilder html, string label, string valueHtml, string align, bool bold) =>
        html.Append($"<tr><th scope=\"row\" style=\"{Text}text-align:{align};vertical-align:top;padding:4px 12px 4px 0;color:#555555;font-weight:normal;\">{E(label)}</th>")
            .Append($"<td style=\"{Text}padding:4px 0;{(bold ? "font-weight:bold;" : "")}\">{valueHtml}</td></tr>");

    /// <summary>Encodes markup characters but leaves Arabic, Cyrillic and accented letters readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string value) => Encoder.Encode(value);
}
