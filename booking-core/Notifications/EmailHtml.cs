using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Termine.Booking.Notifications;

/// <summary>
/// The HTML body: one narrow column with inline styles, which is what common mail clients and phones render
/// faithfully. Every value is encoded: the name is the resident's own typing. Nothing is wider than a phone: long links
/// sit behind a short button and are repeated below in small type that breaks anywhere. In Arabic every left-to-right
/// run (reference, phone number, date of birth) is a <c>&lt;bdi dir="ltr"&gt;</c>, the German address and the links are
/// <c>dir="ltr"</c> blocks aligned with the page; typed names are a <c>&lt;bdi&gt;</c> in every language.
/// </summary>
internal static partial class EmailHtml
{
    private const string Text = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;";
    private const string Heading = "font-family:Arial,Helvetica,sans-serif;font-size:18px;color:#00527a;margin:24px 0 8px;";
    private const string Small = "font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.4;color:#555555;";
    private const string Wrap = "overflow-wrap:anywhere;word-break:break-all;";
    private const string Button = "display:inline-block;max-width:100%;box-sizing:border-box;padding:12px 20px;background:#00527a;text-decoration:none;border-radius:4px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#ffffff;";

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
            .Append($"<p style=\"{Text}\">{Format(t["Greeting", l], $"<bdi>{E(c.ResidentName)}</bdi>")}</p><p style=\"{Text}\">{P(c.Intro, l)}</p>");

        html.Append("<table role=\"presentation\" style=\"border-collapse:collapse;width:100%;margin:16px 0;\">");
        Row(html, t["Label.Service", l], P(c.ServiceName, l), align);
        Row(html, t["Label.When", l], E(c.When), align, bold: true);
        if (c.Kind != MessageKind.Cancellation && c.People.Count > 0)
        {
            // One line per person; each name is encoded and isolated on its own, the line breaks are ours.
            Row(html, t["Label.People", l], string.Join("<br>", c.People.Select(p => $"<bdi>{E(p.Name)}</bdi> ({Ltr(E(p.BirthDate), l)})")), align);
        }
        else if (c.Kind != MessageKind.Cancellation)
        {
            Row(html, t["Label.Persons", l], c.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture), align);
        }

        Row(html, t["Label.Reference", l], Ltr(E(c.Reference), l), align, bold: true);
        if (c.Kind != MessageKind.Cancellation)
        {
            Row(html, t["Label.Where", l], Address(c, align), align);
        }

        html.Append("</table>");
        if (c.ReconfirmUrl is not null)
        {
            AppendReconfirmation(html, c, align);
        }

        if (c.Kind == MessageKind.Cancellation)
        {
            html.Append($"<p style=\"{Text}\">{P(t["Rebook", l], l)}</p>");
            FullLink(html, c.BookingUrl, align, Text);
        }
        else
        {
            AppendDetails(html, c, qrContentId, align);
        }

        html.Append($"<p style=\"{Text}\">{Format(t["Phone.Line", l], Ltr($"<a href=\"{E(c.Office.PhoneLink)}\" style=\"color:#00527a;white-space:nowrap;\">{E(c.Office.Phone)}</a>", l))}</p>")
            .Append($"<p style=\"{Text}\">{E(t["Closing", l])}<br>{P(t["Signature", l], l)}</p>")
            .Append($"<p style=\"{Small}\">{E(t["NoReply", l])}</p>")
            .Append($"<p style=\"{Small}\">")
            .Append(string.Join(" · ", c.LegalLinks.Select(link => $"<a href=\"{E(link.Url)}\" style=\"color:#00527a;\">{E(link.Name)}</a>")))
            .Append("</p></div></body></html>");
        return html.ToString();
    }

    /// <summary>The question the first reminder asks, with its one button; the warning of the release in bold when it is on.</summary>
    private static void AppendReconfirmation(StringBuilder html, EmailContent c, string align)
    {
        var t = AppointmentEmailComposer.Texts;
        var l = c.Language;
        html.Append($"<h2 style=\"{Heading}\">{E(t["Reconfirm.Heading", l])}</h2>")
            .Append($"<p style=\"{Text}\">{P(t["Reconfirm.Text", l], l)}</p>");
        if (c.ReleaseDeadline is { } deadline)
        {
            html.Append($"<p style=\"{Text}font-weight:bold;\">{P(t.Get("Reconfirm.Warning", l, deadline), l)}</p>");
        }

        html.Append($"<p style=\"margin:8px 0 4px;\"><a href=\"{E(c.ReconfirmUrl!)}\" style=\"{Button}\">{E(t["Reconfirm.Button", l])}</a></p>");
        FullLink(html, c.ReconfirmUrl!, align, Small);
    }

    private static void AppendDetails(StringBuilder html, EmailContent c, string? qrContentId, string align)
    {
        var t = AppointmentEmailComposer.Texts;
        var l = c.Language;
        html.Append($"<p style=\"{Text}\">{P(t["HowToFind", l], l)}</p>")
            .Append($"<h2 style=\"{Heading}\">{P(t["Qr.Heading", l], l)}</h2>")
            .Append($"<p style=\"{Text}\">{P(t["Qr.Instruction", l], l)}</p>");
        if (qrContentId is not null)
        {
            html.Append($"<p style=\"text-align:center;margin:16px 0;\"><img src=\"cid:{E(qrContentId)}\" width=\"240\" height=\"240\" alt=\"{E(t.Get("Qr.Alt", l, c.Reference))}\" style=\"width:240px;max-width:100%;height:auto;\"></p>");
        }

        html.Append($"<p style=\"{Text}font-size:14px;\">{P(t["Qr.Link", l], l)}</p>")
            .Append($"<p style=\"margin:8px 0 4px;\"><a href=\"{E(c.CheckInUrl!)}\" style=\"{Button}\">{E(t["Qr.Button", l])}</a></p>");
        FullLink(html, c.CheckInUrl!, align, Small);
        html.Append($"<h2 style=\"{Heading}\">{E(t["Documents.Heading", l])}</h2><ul style=\"{Text}padding-inline-start:24px;\">");
        foreach (var (name, note) in c.Documents)
        {
            html.Append($"<li style=\"margin-bottom:6px;\"><strong>{P(name, l)}</strong>{t["Colon", l]} {P(note, l)}</li>");
        }

        html.Append("</ul>");
        if (c.Persons > 1)
        {
            html.Append($"<p style=\"{Text}\">{P(t["Documents.PerPerson", l], l)}</p>");
        }

        html.Append($"<h2 style=\"{Heading}\">{E(t["Manage.Heading", l])}</h2>")
            .Append($"<p style=\"{Text}\">{P(t["Manage.Text", l], l)}</p>")
            .Append($"<p style=\"margin:8px 0 4px;\"><a href=\"{E(c.ManageUrl!)}\" style=\"{Button}\">{E(t["Manage.Link", l])}</a></p>");
        FullLink(html, c.ManageUrl!, align, Small);
        html.Append($"<p style=\"{Text}font-size:14px;\">{P(t["Calendar.Note", l], l)}</p>");
    }

    /// <summary>
    /// The translated name of the authority (not in German, where the address starts with it), then the official
    /// German address as one left-to-right block, a line each, aligned like the page.
    /// </summary>
    private static string Address(EmailContent c, string align)
    {
        var translated = c.TranslatedOfficeName is { } name ? $"<div>{E(name)}</div>" : "";
        return $"{translated}<div dir=\"ltr\" lang=\"de\" style=\"text-align:{align};\">{string.Join("<br>", c.Office.AddressLines.Select(E))}</div>";
    }

    /// <summary>A link written out in full, on its own left-to-right line that breaks anywhere rather than widen the page.</summary>
    private static void FullLink(StringBuilder html, string url, string align, string style) =>
        html.Append($"<p dir=\"ltr\" style=\"{style}text-align:{align};{Wrap}margin:4px 0 16px;\"><a href=\"{E(url)}\" style=\"color:#00527a;\">{E(url)}</a></p>");

    private static void Row(StringBuilder html, string label, string valueHtml, string align, bool bold = false) =>
        html.Append($"<tr><th scope=\"row\" style=\"{Text}text-align:{align};vertical-align:top;padding:{(align == "right" ? "4px 0 4px 12px" : "4px 12px 4px 0")};color:#555555;font-weight:normal;\">{E(label)}</th>")
            .Append($"<td style=\"{Text}padding:4px 0;overflow-wrap:anywhere;{(bold ? "font-weight:bold;" : "")}\">{valueHtml}</td></tr>");

    /// <summary>A left-to-right run (already HTML) isolated inside right-to-left text; as it is in a left-to-right language.</summary>
    private static string Ltr(string valueHtml, string language) =>
        Languages.IsRightToLeft(language) ? $"<bdi dir=\"ltr\">{valueHtml}</bdi>" : valueHtml;

    /// <summary>A text with placeholders, the text encoded and the values inserted as the HTML they already are.</summary>
    private static string Format(string template, params string[] valuesHtml) =>
        string.Concat(Placeholder().Split(template).Select((part, i) => i % 2 == 0 ? E(part) : valuesHtml[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]));

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    /// <summary>Encodes markup characters but leaves Arabic, Cyrillic and accented letters readable in the source.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string value) => Encoder.Encode(value);

    /// <summary>Prose from the texts or the catalog: encoded, German words in Arabic isolated.</summary>
    private static string P(string value, string language) => LatinRuns.Html(value, language, E);
}
