using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Xunit.Abstractions;

namespace Termine.Browser.Tests.WebChat;

/// <summary>
/// A resident on the county's page opens the chat and books, on a phone, through Termine's own Direct Line and the
/// official Web Chat: in German, in Arabic (right to left), with the send box following what the bot asks, and the
/// page with the open chat passing axe's WCAG 2.1 AA rules.
/// </summary>
public sealed partial class WebChatBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task ResidentBooksInGerman_ByTappingAndTyping_SeesTheReferenceAndGetsTheEmail()
    {
        await using var termine = LiveTermine.Start(database);
        var chat = new ChatPanel(await browser.PhoneAsync("de-DE"));
        const string email = "webchat.de@example.org";

        await chat.Page.GotoAsync(termine.BaseUrl + "/");
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ausländerbehörde: Online-Terminvergabe");
        await chat.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "webchat-page-de.png"), FullPage = true });
        await chat.OpenAsync();
        await chat.WaitForQuestionAsync("service");
        await chat.WaitForBotAsync("Worum geht es?");
        await chat.ScreenshotAsync("webchat-de-greeting.png");

        await chat.TapAsync("Verlängerung der Aufenthaltserlaubnis");
        await chat.WaitForQuestionAsync("persons");
        await chat.SayAsync("1");
        await chat.WaitForQuestionAsync("date");
        await chat.SayAsync("nächsten Dienstag vormittags");
        await chat.WaitForQuestionAsync("slot");
        await chat.WaitForBotAsync("Welcher passt Ihnen?");
        await chat.ScreenshotAsync("webchat-de-slots.png");
        await chat.TapAsync();
        await chat.WaitForQuestionAsync("name");
        await chat.SayAsync("Amina Haddad");
        await chat.WaitForQuestionAsync("birthDate");
        await chat.SayAsync("17.05.1990");
        await chat.WaitForQuestionAsync("email");
        await chat.SayAsync(email);
        await chat.WaitForQuestionAsync("phone");
        await chat.SayAsync("keine");
        await chat.WaitForQuestionAsync("confirm");
        await chat.WaitForBotAsync("Amina Haddad");
        await chat.SayAsync("Ja");

        var reference = await chat.WaitForReferenceAsync();
        await chat.ScreenshotAsync("webchat-de-booked.png");
        var booked = await chat.WaitForBotAsync(reference);
        Assert.Contains("Dienstag, 1. Dezember 2026", await booked.InnerTextAsync());

        // Every reply is spoken from plain text in the conversation's language (browser synthesis reads SSML verbatim).
        var replies = await chat.BotMessagesAsync();
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal("de-DE", r.GetProperty("locale").GetString()));
        Assert.All(replies, r => Assert.DoesNotContain("<", Speak(r)));
        Assert.Contains(replies, r => Speak(r).StartsWith("Guten Tag!", StringComparison.Ordinal));

        var (mail, _, _) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        Assert.Contains(mail.Message.To.Mailboxes, m => m.Address == email);
        Assert.Contains("lang=\"de\"", mail.Html);
    }

    [NeedsFact(Need.Chromium | Need.QrDecoder)]
    public async Task ResidentSwitchesToArabic_ChatIsRightToLeft_AndBooksInArabic()
    {
        await using var termine = LiveTermine.Start(database);
        var chat = new ChatPanel(await browser.PhoneAsync("de-DE"));
        const string email = "webchat.ar@example.org";

        await chat.Page.GotoAsync(termine.BaseUrl + "/");
        await chat.OpenAsync();
        await chat.WaitForBotAsync("Worum geht es?");
        // Nothing answered yet: the conversation starts again in Arabic, greeting and buttons included.
        await chat.LanguagePicker.SelectOptionAsync("ar");
        await chat.WaitForBotAsync("كيف يمكنني مساعدتكم");
        await Assertions.Expect(chat.BotBubbles.Filter(new() { HasText = "Worum geht es?" })).ToHaveCountAsync(0);

        Assert.Equal("rtl", await chat.WebChatRoot.GetAttributeAsync("dir"));
        Assert.Equal("rtl", await chat.Page.Locator(".webchat__basic-transcript").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("rtl", await chat.Page.Locator(".webchat__send-box").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("rtl", await chat.Panel.GetAttributeAsync("dir"));
        Assert.Equal("ar", await chat.Panel.GetAttributeAsync("lang"));
        await Assertions.Expect(chat.Page.Locator(".termine-chat-title")).ToHaveTextAsync("مساعد المواعيد");
        await chat.ScreenshotAsync("webchat-ar-switched.png");

        await chat.TapAsync("تمديد");
        await chat.WaitForQuestionAsync("persons");
        await chat.WaitForBotAsync("كم عدد الأشخاص");
        await chat.SayAsync("1");
        await chat.WaitForQuestionAsync("date");
        await chat.SayAsync("الثلاثاء القادم صباحا");
        await chat.WaitForQuestionAsync("slot");
        await chat.TapAsync();
        await chat.WaitForQuestionAsync("name");
        await chat.SayAsync("Amina Haddad");
        await chat.WaitForQuestionAsync("birthDate");
        await chat.SayAsync("17/05/1990");
        await chat.WaitForQuestionAsync("email");
        await chat.SayAsync(email);
        await chat.WaitForQuestionAsync("phone");
        await chat.TapAsync("لا يوجد");
        await chat.WaitForQuestionAsync("confirm");
        await chat.SayAsync("نعم");

        var reference = await chat.WaitForReferenceAsync();
        await chat.ScreenshotAsync("webchat-ar-booked.png");
        var booked = await (await chat.WaitForBotAsync(reference)).InnerTextAsync();
        Assert.Matches(ArabicLetters(), booked);
        Assert.Contains("تم حجز موعدكم", booked);
        Assert.Equal("rtl", await chat.Page.Locator(".webchat__basic-transcript").EvaluateAsync<string>("e => getComputedStyle(e).direction"));

        var arabicReplies = (await chat.BotMessagesAsync()).Where(r => r.GetProperty("locale").GetString() == "ar-SA").ToList();
        Assert.True(arabicReplies.Count >= 8, $"Arabic replies: {arabicReplies.Count}");
        Assert.All(arabicReplies, r => Assert.DoesNotContain("<", Speak(r)));

        var (mail, _, _) = await MailboxReader.ConfirmationAsync(termine.Services, termine.Pickup, reference);
        Assert.Contains("lang=\"ar\"", mail.Html);
    }

    [NeedsFact(Need.Chromium | Need.E2ePackages)]
    public async Task PageWithTheOpenChat_HasNoSeriousOrCriticalAxeViolations_OnAPhoneAndOnADesktop()
    {
        await using var termine = LiveTermine.Start(database);
        var problems = new List<string>();
        foreach (var (name, page) in new[] { ("phone", await browser.PhoneAsync("de-DE")), ("desktop", await browser.DesktopAsync("de-DE")) })
        {
            var chat = new ChatPanel(page);
            await page.GotoAsync(termine.BaseUrl + "/");
            problems.AddRange(await Axe.SeriousAsync(page, output, $"{name}, chat closed"));

            await chat.OpenAsync();
            await chat.WaitForQuestionAsync("service");
            await chat.WaitForBotAsync("Worum geht es?");
            await chat.ScreenshotAsync($"webchat-axe-{name}.png");
            problems.AddRange(await Axe.SeriousAsync(page, output, $"{name}, chat open"));

            // Keyboard: Escape closes the chat and the focus goes back to the chat button.
            await chat.Input.FocusAsync();
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(chat.Panel).ToBeHiddenAsync();
            Assert.True(await chat.Launcher.EvaluateAsync<bool>("e => e === document.activeElement"), "focus is back on the chat button");
            Assert.Equal("false", await chat.Launcher.GetAttributeAsync("aria-expanded"));
        }

        Assert.True(problems.Count == 0, "axe (serious or critical):\n" + string.Join("\n", problems));
    }

    [NeedsFact(Need.Chromium)]
    public async Task SendBox_FollowsWhatTheBotAsksFor_EmailQuestionGetsAnEmailInput()
    {
        await using var termine = LiveTermine.Start(database);
        var chat = new ChatPanel(await browser.PhoneAsync("de-DE"));

        await chat.Page.GotoAsync(termine.BaseUrl + "/");
        await chat.OpenAsync();
        await chat.WaitForQuestionAsync("service");
        Assert.Equal("text", await chat.InputAttributeAsync("type"));
        Assert.Equal("off", await chat.InputAttributeAsync("autocomplete"));

        await chat.SayAsync("Ich möchte meine Aufenthaltserlaubnis verlängern");
        await chat.WaitForQuestionAsync("persons");
        await chat.SayAsync("1");
        await chat.WaitForQuestionAsync("date");
        await chat.SayAsync("nächste Woche");
        await chat.WaitForQuestionAsync("slot");
        await chat.TapAsync();
        await chat.WaitForQuestionAsync("name");
        Assert.Equal("name", await chat.InputAttributeAsync("autocomplete"));
        await chat.SayAsync("Yusuf Demir");

        await chat.WaitForQuestionAsync("birthDate");
        Assert.Equal("numeric", await chat.InputAttributeAsync("inputmode"));
        Assert.Equal("bday", await chat.InputAttributeAsync("autocomplete"));
        Assert.Equal("TT.MM.JJJJ", await chat.InputAttributeAsync("placeholder"));
        // A phone's number pad has no dots: the embed writes 20011985 as 20.01.1985.
        await chat.SayAsync("20011985");

        await chat.WaitForQuestionAsync("email");
        Assert.Equal("email", await chat.InputAttributeAsync("type"));
        Assert.Equal("email", await chat.InputAttributeAsync("autocomplete"));
        Assert.Equal("email", await chat.InputAttributeAsync("inputmode"));
        await chat.ScreenshotAsync("webchat-de-email-question.png");
        await Assertions.Expect(chat.Page.Locator(".webchat__bubble--from-user").Filter(new() { HasText = "20.01.1985" })).ToHaveCountAsync(1);
        await chat.SayAsync("send.box@example.org");

        await chat.WaitForQuestionAsync("phone");
        Assert.Equal("tel", await chat.InputAttributeAsync("type"));
        Assert.Equal("tel", await chat.InputAttributeAsync("autocomplete"));
        await chat.SayAsync("keine");

        await chat.WaitForQuestionAsync("confirm");
        Assert.Equal("text", await chat.InputAttributeAsync("type"));
        Assert.Equal("off", await chat.InputAttributeAsync("autocomplete"));
    }

    [NeedsFact(Need.Chromium)]
    public async Task LanguageChangedMidConversation_BotIsToldAndAsksTheSameQuestionInTheNewLanguage()
    {
        await using var termine = LiveTermine.Start(database);
        var chat = new ChatPanel(await browser.PhoneAsync("de-DE"));

        await chat.Page.GotoAsync(termine.BaseUrl + "/");
        await chat.OpenAsync();
        await chat.TapAsync("Verlängerung der Aufenthaltserlaubnis");
        await chat.WaitForQuestionAsync("persons");
        await chat.WaitForBotAsync("Für wie viele Personen");

        await chat.LanguagePicker.SelectOptionAsync("fr");

        await Assertions.Expect(chat.Page.Locator(".webchat__bubble--from-user").Filter(new() { HasText = "Français" })).ToHaveCountAsync(1);
        await chat.WaitForBotAsync("Pour combien de personnes");
        await chat.WaitForQuestionAsync("persons");
        Assert.Equal("fr", await chat.Panel.GetAttributeAsync("lang"));
        Assert.Equal("ltr", await chat.WebChatRoot.GetAttributeAsync("dir"));
        Assert.Equal("Écrivez votre message", await chat.InputAttributeAsync("placeholder"));
        var last = (await chat.BotMessagesAsync())[^1];
        Assert.Equal("fr-FR", last.GetProperty("locale").GetString());
        await chat.ScreenshotAsync("webchat-fr-switched.png");

        // The answers so far still count: the booking goes on in French.
        await chat.SayAsync("1");
        await chat.WaitForQuestionAsync("date");
        await chat.WaitForBotAsync("Quand");
    }

    [NeedsFact(Need.Chromium)]
    public async Task PageReloadedMidBooking_ChatReopensWhereTheResidentLeftOff()
    {
        await using var termine = LiveTermine.Start(database);
        var chat = new ChatPanel(await browser.PhoneAsync("de-DE"));

        await chat.Page.GotoAsync(termine.BaseUrl + "/");
        await chat.OpenAsync();
        await chat.TapAsync("Verlängerung der Aufenthaltserlaubnis");
        await chat.WaitForQuestionAsync("persons");

        // A phone reloads the tab after the resident looked something up in another app.
        await chat.Page.ReloadAsync();

        await chat.WaitForQuestionAsync("persons");
        await Assertions.Expect(chat.Panel).ToBeVisibleAsync();
        await chat.WaitForBotAsync("Für wie viele Personen");
        await Assertions.Expect(chat.BotBubbles.Filter(new() { HasText = "Worum geht es?" })).ToHaveCountAsync(1);
        await chat.SayAsync("1");
        await chat.WaitForQuestionAsync("date");
    }

    private static string Speak(JsonElement activity) =>
        activity.TryGetProperty("speak", out var speak) && speak.ValueKind == JsonValueKind.String ? speak.GetString()! : "";

    [GeneratedRegex("[\u0600-\u06FF]{3,}")]
    private static partial Regex ArabicLetters();
}
