using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Office;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Writes a waiting-list e-mail's plain-text and HTML bodies side by side, in the layout of the appointments' e-mails
/// (one narrow column, inline styles, long links behind a short button and repeated below in small type that breaks
/// anywhere). Every value is encoded; in Arabic every left-to-right run is isolated (Unicode isolates in plain text,
/// <c>&lt;bdi dir="ltr"&gt;</c> or a <c>dir="ltr"</c> block in HTML), the typed name is isolated in every language.
/// </summary>
internal sealed class WaitlistEmailWriter
{
    private const string Text = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;";
    private const string Heading = "font-family:Arial,Helvetica,sans-serif;font-size:18px;color:#00527a;margin:24px 0 8px;";
    private const string Small = "font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.4;color:#555555;";
    private const string Wrap = "overflow-wrap:anywhere;word-break:break-all;";
    private const string ButtonStyle = "display:inline-block;max-width:100%;box-sizing:border-box;padding:12px 20px;background:#00527a;text-decoration:none;border-radius:4px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#ffffff;";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _plain = new();
    private readonly StringBuilder _html = new();
    private readonly string _language;
    private readonly string _align;
    private bool _inTable;

    public WaitlistEmailWriter(string language, string subject, string residentName)
    {
        _language = language;
        var dir = Languages.IsRightToLeft(language) ? "rtl" : "ltr";
        _align = dir == "rtl" ? "right" : "left";
        var greeting = T["Greeting", language];
        _plain.AppendLine(string.Format(greeting, Bidi.Isolate(residentName))).AppendLine();
        _html.Append($"<!DOCTYPE html><html lang=\"{language}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append($"<title>{E(subject)}</title></head>")
            .Append($"<body style=\"margin:0;padding:0;background:#f3f5f7;\"><div dir=\"{dir}\" style=\"max-width:600px;margin:0 auto;padding:24px 16px;background:#ffffff;text-align:{_align};{Text}\">")
            .Append($"<p style=\"{Text}\">{E(greeting).Replace("{0}", $"<bdi>{E(residentName)}</bdi>", StringComparison.Ordinal)}</p>");
    }

    private static ResourceTexts T => AppointmentEmailComposer.Texts;

    /// <summary>Prose from the texts or the catalog; German words in Arabic are isolated.</summary>
    public WaitlistEmailWriter Paragraph(string prose)
    {
        CloseTable();
        _plain.AppendLine(LatinRuns.Plain(prose, _language)).AppendLine();
        _html.Append($"<p style=\"{Text}\">{P(prose)}</p>");
        return this;
    }

    public WaitlistEmailWriter Heading2(string text)
    {
        CloseTable();
        _plain.AppendLine(LatinRuns.Plain(text, _language));
        _html.Append($"<h2 style=\"{Heading}\">{P(text)}</h2>");
        return this;
    }

    /// <param name="leftToRight">A reference or number: isolated inside right-to-left text.</param>
    public WaitlistEmailWriter Row(string label, string value, bool leftToRight = false, bool bold = false)
    {
        var plainValue = leftToRight ? Bidi.Ltr(value, _language) : LatinRuns.Plain(value, _language);
        _plain.AppendLine($"{label}{T["Colon", _language]} {plainValue}");
        RowHtml(label, leftToRight ? Ltr(E(value)) : P(value), bold);
        return this;
    }

    /// <summary>The authority's name in the resident's language (not in German), then the German address as on the building.</summary>
    public WaitlistEmailWriter Address(OfficeOptions office)
    {
        var translated = T["Office.Name", _language] is var name && name != office.Name ? name : null;
        _plain.AppendLine($"{T["Label.Where", _language]}{T["Colon", _language]}");
        if (translated is not null)
        {
            _plain.AppendLine(translated);
        }

        foreach (var line in office.AddressLines)
        {
            _plain.AppendLine(Bidi.Ltr(line, _language));
        }

        RowHtml(T["Label.Where", _language],
            $"{(translated is null ? "" : $"<div>{E(translated)}</div>")}<div dir=\"ltr\" lang=\"de\" style=\"text-align:{_align};\">{string.Join("<br>", office.AddressLines.Select(E))}</div>",
            bold: false);
        return this;
    }

    public WaitlistEmailWriter Documents(IReadOnlyList<(string Name, string Note)> documents, int persons)
    {
        CloseTable();
        _plain.AppendLine(T["Documents.Heading", _language]);
        _html.Append($"<h2 style=\"{Heading}\">{E(T["Documents.Heading", _language])}</h2><ul style=\"{Text}padding-inline-start:24px;\">");
        foreach (var (name, note) in documents)
        {
            _plain.AppendLine($"- {LatinRuns.Plain(name, _language)}{T["Colon", _language]} {LatinRuns.Plain(note, _language)}");
            _html.Append($"<li style=\"margin-bottom:6px;\"><strong>{P(name)}</strong>{T["Colon", _language]} {P(note)}</li>");
        }

        _html.Append("</ul>");
        _plain.AppendLine();
        if (persons > 1)
        {
            Paragraph(T["Documents.PerPerson", _language]);
        }

        return this;
    }

    /// <summary>A short button in HTML; in plain text its label and the full link.</summary>
    public WaitlistEmailWriter Button(string label, string url)
    {
        CloseTable();
        _plain.AppendLine($"{label}{T["Colon", _language]} {Bidi.Ltr(url, _language)}");
        _html.Append($"<p style=\"margin:8px 0;\"><a href=\"{E(url)}\" style=\"{ButtonStyle}\">{E(label)}</a></p>");
        return this;
    }

    /// <summary>
    /// A link written out in full below its button, after an optional note (HTML only: the plain text already names
    /// every link in full).
    /// </summary>
    public WaitlistEmailWriter FullLink(string? note, string url)
    {
        _plain.AppendLine();
        if (note is not null)
        {
            _html.Append($"<p style=\"{Small}\">{P(note)}</p>");
        }

        _html.Append($"<p dir=\"ltr\" style=\"{Small}text-align:{_align};{Wrap}margin:4px 0 16px;\"><a href=\"{E(url)}\" style=\"color:#00527a;\">{E(url)}</a></p>");
        return this;
    }

    public (string Plain, string Html) Finish(OfficeOptions office, IReadOnlyList<(string Name, string Url)> legalLinks)
    {
        CloseTable();
        var l = _language;
        var phone = T.Get("Phone.Line", l, Bidi.Ltr(office.Phone, l));
        _plain.AppendLine(phone).AppendLine().AppendLine(T["Closing", l]).AppendLine(LatinRuns.Plain(T["Signature", l], l))
            .AppendLine().AppendLine(T["NoReply", l]).AppendLine();
        foreach (var (name, url) in legalLinks)
        {
            _plain.AppendLine($"{name}{T["Colon", l]} {Bidi.Ltr(url, l)}");
        }

        var phoneHtml = Ltr($"<a href=\"{E(office.PhoneLink)}\" style=\"color:#00527a;white-space:nowrap;\">{E(office.Phone)}</a>");
        _html.Append($"<p style=\"{Text}\">{E(T["Phone.Line", l]).Replace("{0}", phoneHtml, StringComparison.Ordinal)}</p>")
            .Append($"<p style=\"{Text}\">{E(T["Closing", l])}<br>{P(T["Signature", l])}</p>")
            .Append($"<p style=\"{Small}\">{E(T["NoReply", l])}</p>")
            .Append($"<p style=\"{Small}\">")
            .Append(string.Join(" · ", legalLinks.Select(link => $"<a href=\"{E(link.Url)}\" style=\"color:#00527a;\">{E(link.Name)}</a>")))
            .Append("</p></div></body></html>");
        return (_plain.ToString(), _html.ToString());
    }

    private void RowHtml(string label, string valueHtml, bool bold)
    {
        if (!_inTable)
        {
            _html.Append("<table role=\"presentation\" style=\"border-collapse:collapse;width:100%;margin:16px 0;\">");
            _inTable = true;
        }

        _html.Append($"<tr><th scope=\"row\" style=\"{Text}text-align:{_align};vertical-align:top;padding:{(_align == "right" ? "4px 0 4px 12px" : "4px 12px 4px 0")};color:#555555;font-weight:normal;\">{E(label)}</th>")
            .Append($"<td style=\"{Text}padding:4px 0;overflow-wrap:anywhere;{(bold ? "font-weight:bold;" : "")}\">{valueHtml}</td></tr>");
    }

    private void CloseTable()
    {
        if (_inTable)
        {
            _html.Append("</table>");
            _plain.AppendLine();
            _inTable = false;
        }
    }

    private string Ltr(string valueHtml) => Languages.IsRightToLeft(_language) ? $"<bdi dir=\"ltr\">{valueHtml}</bdi>" : valueHtml;

    private string P(string prose) => LatinRuns.Html(prose, _language, E);

    private static string E(string value) => Encoder.Encode(value);
}
