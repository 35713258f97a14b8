using System.Text.Json;
using Microsoft.Playwright;
using Termine.Booking;
using Termine.Booking.Notifications;
using Termine.Booking.Office;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Xunit.Abstractions;

namespace Termine.Browser.Tests.Email;

/// <summary>
/// Every kind of e-mail in each of the seven languages, as the real composer writes it, opened in Chromium at a phone's
/// size (390×844): nothing wider than the screen, every link on it, and in Arabic the left-to-right runs isolated.
/// </summary>
public sealed class EmailRenderingTests(BrowserFixture browser, EmailSamples samples, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<EmailSamples>
{
    private const int PhoneWidth = 390;

    /// <summary>The page's width, and every link whose box leaves the viewport (text, left, right).</summary>
    private const string MeasureScript = """
        () => ({
          scrollWidth: document.documentElement.scrollWidth,
          outside: [...document.querySelectorAll('a')]
            .map(a => ({ text: a.textContent, box: a.getBoundingClientRect() }))
            .filter(l => l.box.left < 0 || l.box.right > window.innerWidth)
            .map(l => `${l.text} ${Math.round(l.box.left)}..${Math.round(l.box.right)}`)
        })
        """;

    [NeedsFact(Need.Chromium)]
    public async Task EveryEmail_OnAPhone_IsNoWiderThanTheScreenAndEveryLinkIsOnIt()
    {
        var widths = new List<string>();
        foreach (var language in Languages.All)
        {
            var page = await browser.PhoneAsync(language);
            foreach (var sample in samples.All.Where(s => s.Language == language))
            {
                await page.SetContentAsync(await HtmlAsShownAsync(sample.Email));

                var measured = await page.EvaluateAsync<JsonElement>(MeasureScript);
                var width = measured.GetProperty("scrollWidth").GetInt32();
                widths.Add($"{sample}: {width}px");
                Assert.True(width <= PhoneWidth, $"{sample} is {width}px wide");
                Assert.Empty(measured.GetProperty("outside").EnumerateArray().Select(e => $"{sample}: {e.GetString()}"));
                if (sample.Kind == MessageKind.Confirmation && language is "de" or "ar" or "uk")
                {
                    await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot($"email-confirmation-{language}.png"), FullPage = true });
                }
            }

            await page.Context.CloseAsync();
        }

        output.WriteLine(string.Join(Environment.NewLine, widths));
    }

    [NeedsFact(Need.Chromium)]
    public async Task ArabicConfirmation_ShowsPhoneReferenceAndGermanAddressLeftToRight()
    {
        var office = new OfficeOptions();
        var sample = samples.All.Single(s => s.Language == "ar" && s.Kind == MessageKind.Confirmation);
        var reference = Termine.Booking.Localization.Bidi.Strip(sample.Email.Message.Subject!).Split(' ')[^1];
        var page = await browser.PhoneAsync("ar");
        await page.SetContentAsync(await HtmlAsShownAsync(sample.Email));

        Assert.Equal("rtl", await page.Locator("body > div").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        foreach (var run in new[] { office.Phone, reference }.Concat(office.AddressLines))
        {
            // The innermost element holding the run: its direction is left to right, and an isolate (bdi or dir="ltr") sets it.
            var holder = await page.EvaluateAsync<JsonElement>(
                """
                run => {
                  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (!node.textContent.includes(run)) continue;
                    const element = node.parentElement;
                    const isolate = element.closest('bdi, [dir]');
                    return { direction: getComputedStyle(element).direction, isolate: isolate.tagName + ' ' + isolate.getAttribute('dir') };
                  }
                  return null;
                }
                """, run);
            Assert.True(holder.ValueKind == JsonValueKind.Object, $"{run} is not in the e-mail");
            Assert.Equal("ltr", holder.GetProperty("direction").GetString());
            Assert.EndsWith(" ltr", holder.GetProperty("isolate").GetString());
        }

        var address = page.Locator("div[dir=ltr][lang=de]");
        Assert.Equal("right", await address.EvaluateAsync<string>("e => getComputedStyle(e).textAlign"));
        Assert.Equal(string.Join("\n", office.AddressLines), await address.InnerTextAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>The HTML part with the inline QR code in place, as a mail client shows it (cid: becomes the image itself).</summary>
    private static async Task<string> HtmlAsShownAsync(ReceivedEmail email)
    {
        if (email.QrImage is null)
        {
            return email.Html;
        }

        var png = Convert.ToBase64String(await email.QrPngAsync());
        return email.Html.Replace($"cid:{email.QrImage.ContentId}", $"data:image/png;base64,{png}", StringComparison.Ordinal);
    }
}
