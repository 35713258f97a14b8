using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Office;
using Termine.Testing.Mail;

namespace Termine.Booking.Tests.Notifications;

/// <summary>
/// What every e-mail (confirmation, reminder, cancellation, in each of the seven languages) must carry: the authority's
/// name and its German address a line each, the service point's number, the legal pages, the long links behind short
/// buttons, left-to-right runs isolated in Arabic and the typed name isolated and encoded everywhere; and a calendar
/// file every calendar can read.
/// </summary>
public sealed class EveryEmailTests(EmailSamples samples) : IClassFixture<EmailSamples>
{
    private const string BaseUrl = EmailSamples.BaseUrl;
    private const string Lri = "\u2066";
    private const string Pdi = "\u2069";

    private static readonly ResourceTexts Texts = AppointmentEmailComposer.Texts;
    private static readonly OfficeOptions Office = new();

    private readonly IReadOnlyList<EmailSample> _samples = samples.All;

    [Fact]
    public void EveryEmail_GivesTheServicePointsNumber_AsATelephoneLink()
    {
        Assert.Equal(21, _samples.Count);
        Assert.All(_samples, s =>
        {
            Assert.Contains(Texts.Get("Phone.Line", s.Language, Bidi.Ltr(Office.Phone, s.Language)), s.Email.Text, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"tel:&#x2B;4921816010\" style=\"color:#00527a;white-space:nowrap;\">{Office.Phone}</a>", s.Email.Html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void EveryEmail_LinksTheLegalPages_InItsLanguage()
    {
        Assert.All(_samples, s =>
        {
            foreach (var (key, path) in new[] { ("Legal.Imprint", "impressum"), ("Legal.Privacy", "datenschutz"), ("Legal.Accessibility", "barrierefreiheit") })
            {
                var url = $"{BaseUrl}/{path}?lang={s.Language}";
                Assert.Contains($"{Texts[key, s.Language]}{Texts["Colon", s.Language]} {Bidi.Ltr(url, s.Language)}", s.Email.Text, StringComparison.Ordinal);
                Assert.Contains($"<a href=\"{url}\" style=\"color:#00527a;\">{Texts[key, s.Language]}</a>", s.Email.Html, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Address_IsTheTranslatedNameThenTheGermanAddressALineEach_NeverGlued()
    {
        Assert.All(_samples.Where(s => s.Kind != MessageKind.Cancellation), s =>
        {
            var l = s.Language;
            var lines = s.Email.Text.Split('\n').Select(x => x.TrimEnd('\r')).ToList();
            var at = lines.IndexOf($"{Texts["Label.Where", l]}{Texts["Colon", l]}");
            var expected = (l == "de" ? [] : new[] { Texts["Office.Name", l] }).Concat(Office.AddressLines.Select(a => Bidi.Ltr(a, l)));
            Assert.Equal(expected, lines.Skip(at + 1).Take(l == "de" ? 3 : 4));
            Assert.DoesNotContain($"{Office.Name}, {Office.Street}", s.Email.Text, StringComparison.Ordinal);
            Assert.DoesNotContain($"{Office.Name}, {Office.Street}", System.Net.WebUtility.HtmlDecode(s.Email.Html), StringComparison.Ordinal);
            var align = l == "ar" ? "right" : "left";
            Assert.Contains(
                $"<div dir=\"ltr\" lang=\"de\" style=\"text-align:{align};\">Ausländerbehörde des Rhein-Kreises Neuss<br>Lindenstraße 10<br>41515 Grevenbroich</div>",
                s.Email.Html);
        });
        // German: the official name once, as the address's first line; every other language names the authority first.
        Assert.All(_samples.Where(s => s.Kind != MessageKind.Cancellation), s => Assert.Matches(
            s.Language == "de" ? "<td[^>]*><div dir=\"ltr\" lang=\"de\"" : $"<td[^>]*><div>{Texts["Office.Name", s.Language]}</div><div dir=\"ltr\" lang=\"de\"",
            s.Email.Html));
    }

    [Fact]
    public void Arabic_IsolatesEveryLeftToRightRun_InHtmlAndPlainText()
    {
        Assert.All(_samples.Where(s => s.Language == "ar"), s =>
        {
            var reference = ReferenceOf(s);
            Assert.Contains($"<bdi dir=\"ltr\">{reference}</bdi>", s.Email.Html, StringComparison.Ordinal);
            Assert.Contains($"<bdi dir=\"ltr\"><a href=\"tel:&#x2B;4921816010\"", s.Email.Html, StringComparison.Ordinal);
            Assert.Contains($"{Lri}{reference}{Pdi}", s.Email.Text, StringComparison.Ordinal);
            Assert.Contains($"{Lri}{reference}{Pdi}", s.Email.Message.Subject, StringComparison.Ordinal);
            Assert.Contains($"{Lri}{Office.Phone}{Pdi}", s.Email.Text, StringComparison.Ordinal);
            Assert.Contains($"{Lri}{BaseUrl}/datenschutz?lang=ar{Pdi}", s.Email.Text, StringComparison.Ordinal);
            if (s.Kind != MessageKind.Cancellation)
            {
                Assert.All(Office.AddressLines, line => Assert.Contains($"\n{Lri}{line}{Pdi}\n", s.Email.Text, StringComparison.Ordinal));
                Assert.Contains($"<bdi dir=\"ltr\">17/05/1990</bdi>", s.Email.Html, StringComparison.Ordinal);
                Assert.Contains($"({Lri}17/05/1990{Pdi})", s.Email.Text, StringComparison.Ordinal);
            }
        });
        Assert.All(_samples.Where(s => s.Language == "ar"), s =>
        {
            // German words inside Arabic sentences keep their order and brackets when a line wraps.
            Assert.Contains("(<bdi dir=\"ltr\">Ausländerbehörde des Rhein-Kreises Neuss</bdi>)", s.Email.Html, StringComparison.Ordinal);
            Assert.Contains($"({Lri}Ausländerbehörde des Rhein-Kreises Neuss{Pdi})", s.Email.Text, StringComparison.Ordinal);
        });
        Assert.All(_samples.Where(s => s.Language != "ar"), s =>
        {
            Assert.DoesNotContain(Lri, s.Email.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("<bdi dir=\"ltr\">", s.Email.Html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TypedName_IsIsolatedInEveryLanguage_AndEncodedInTheHtml()
    {
        Assert.All(_samples, s =>
        {
            var name = EmailSamples.Names[s.Language];
            var encoded = name.Replace("'", "&#x27;", StringComparison.Ordinal);
            Assert.Contains(Texts.Get("Greeting", s.Language, Bidi.Isolate(name)), s.Email.Text, StringComparison.Ordinal);
            Assert.Contains($"<bdi>{encoded}</bdi>", s.Email.Html, StringComparison.Ordinal);
        });
        var french = _samples.First(s => s.Language == "fr").Email.Html;
        Assert.Contains("Zoé D&#x27;Arcy-Lefèvre", french, StringComparison.Ordinal);
        Assert.DoesNotContain("D'Arcy", french, StringComparison.Ordinal);
    }

    [Fact]
    public void LongLinks_AreShortButtons_WithTheFullLinkBelowInTypeThatBreaksAnywhere()
    {
        Assert.All(_samples.Where(s => s.Kind != MessageKind.Cancellation), s =>
        {
            var links = System.Text.RegularExpressions.Regex.Matches(s.Email.Html, "href=\"(" + BaseUrl + "/(checkin|appointment)/[^\"]+)\"")
                .Select(m => m.Groups[1].Value).Distinct().ToList();
            // Check-in and manage; the reminder sample also asks to confirm (/appointment/{token}/confirm).
            Assert.Equal(s.Kind == MessageKind.Reminder ? 3 : 2, links.Count);
            Assert.All(links, url =>
            {
                Assert.Matches($"<a href=\"{url}\" style=\"display:inline-block;max-width:100%;[^\"]*\">[^<]{{4,60}}</a>", s.Email.Html);
                Assert.Matches($"<p dir=\"ltr\" style=\"[^\"]*overflow-wrap:anywhere;word-break:break-all;[^\"]*\"><a href=\"{url}\" style=\"color:#00527a;\">{url}</a></p>", s.Email.Html);
            });
            Assert.Contains(Texts["Qr.Button", s.Language], s.Email.Html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task CalendarFile_InEachLanguageAndKind_KeepsRfc5545AndReadsBack()
    {
        foreach (var s in _samples)
        {
            var text = await s.Email.CalendarTextAsync();

            CalendarFileTests.AssertKeepsTheGrammar(text);
            var calendar = Ical.Net.Calendar.Load(text)!;
            var appointment = Assert.Single(calendar.Events);
            Assert.Equal(Office.AddressOneLine, appointment.Location);
            Assert.Contains(ReferenceOf(s), appointment.Description, StringComparison.Ordinal);
            Assert.Contains(Office.Phone, appointment.Description, StringComparison.Ordinal);
            Assert.Equal(s.Kind == MessageKind.Cancellation ? "CANCEL" : "PUBLISH", calendar.Method);
            Assert.Equal(s.Kind == MessageKind.Cancellation ? "CANCELLED" : "CONFIRMED", appointment.Status);
            Assert.Equal("Europe/Berlin", appointment.DtStart!.TzId);
        }
    }

    [Fact]
    public void ChatMessage_GivesTheTranslatedNameAndTheGermanAddressALineEach()
    {
        var service = samples.Host.Get<Termine.Booking.Catalog.ServiceCatalog>().Find(EmailSamples.ServiceId)!;
        foreach (var language in Languages.All)
        {
            var content = new EmailContent(
                MessageKind.Confirmation, language, "Subject", "Greeting", "Intro", service.Name[language], "When", 1, "RMAX7TTT", [], null, null, BaseUrl)
            { Office = Office };

            var lines = AppointmentChatNotifier.Text(content).Split('\n');

            var at = Array.IndexOf(lines, $"{Texts["Label.Where", language]}{Texts["Colon", language]}");
            var expected = (language == "de" ? [] : new[] { Texts["Office.Name", language] }).Concat(Office.AddressLines.Select(a => Bidi.Ltr(a, language)));
            Assert.Equal(expected, lines.Skip(at + 1).Take(language == "de" ? 3 : 4));
            Assert.Equal(Texts.Get("Phone.Line", language, Bidi.Ltr(Office.Phone, language)), lines[^1]);
        }
    }

    /// <summary>The booking reference: the subject's last word.</summary>
    private static string ReferenceOf(EmailSample s)
    {
        var subject = Bidi.Strip(s.Email.Message.Subject!);
        return subject[(subject.LastIndexOf(' ') + 1)..];
    }
}
