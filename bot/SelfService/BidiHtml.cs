using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace Termine.Bot.SelfService;

/// <summary>
/// Left-to-right runs in the residents' pages (reference, phone number, e-mail address, German names and addresses,
/// times): in an Arabic page the bidi algorithm would reorder "02181 601-0" or "Lindenstraße 10" around their neutral
/// characters; <c>&lt;bdi dir="ltr"&gt;</c> keeps each run whole and in its own order. In a left-to-right page it
/// changes nothing, so the pages use it in every language.
/// </summary>
public static partial class BidiHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Ltr(string value) => new HtmlString(LtrHtml(value));

    /// <summary>A text with placeholders ({0}, {1}, …), encoded, each argument an isolated left-to-right run.</summary>
    public static IHtmlContent Format(string template, params string[] ltrArguments) =>
        new HtmlString(Placeholder().Replace(Encoder.Encode(template), m => LtrHtml(ltrArguments[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)])));

    /// <summary>A text with placeholders, encoded, its arguments in the text's own direction (a date or a count in its words).</summary>
    public static IHtmlContent Plain(string template, params string[] arguments) =>
        new HtmlString(Placeholder().Replace(Encoder.Encode(template), m => Encoder.Encode(arguments[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)])));

    /// <summary>
    /// A translated text as it is, except that in a right-to-left language each run of Latin letters and digits in it
    /// (a German name in brackets, "QR", a time) is isolated, so the brackets and full stops around it stay in place.
    /// </summary>
    public static IHtmlContent Text(string text, string language) =>
        new HtmlString(string.Concat(Termine.Booking.Localization.Bidi.Runs(text, language)
            .Select(run => run.LeftToRight ? LtrHtml(run.Text) : Encoder.Encode(run.Text))));

    /// <summary>An address as it is written on an envelope, each line a left-to-right run.</summary>
    public static IHtmlContent Address(IEnumerable<string> lines) =>
        new HtmlString("<address>" + string.Join("<br>", lines.Select(LtrHtml)) + "</address>");

    /// <summary>A German telephone number ("02131 928-0") as a tel: link in international form.</summary>
    public static string TelLink(string germanNumber) =>
        "tel:+49" + string.Concat(germanNumber.Where(char.IsAsciiDigit).Skip(1));

    private static string LtrHtml(string value) => $"<bdi dir=\"ltr\">{Encoder.Encode(value)}</bdi>";

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
