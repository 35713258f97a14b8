using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Booking.Catalog;
using Termine.Bot.Dialogs;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Prerequisites;

namespace Termine.Browser.Tests.WebChat;

/// <summary>
/// The chat on a phone (390 × 844) in German, Arabic and Ukrainian: the service question shows its "show all services"
/// button without scrolling, the full list comes as a card, the documents card's text is the messages' size, and the
/// last message says where to come and what comes next. Screenshots go to the fixture's folder
/// (chat-services-ar.png, chat-all-services-ar.png, chat-summary-ar.png, chat-booked-ar.png, …).
/// </summary>
public sealed class ChatPhoneScreenshotTests(BrowserFixture browser, TestDatabase database)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    public static TheoryData<string, string, string, string, string> Residents => new()
    {
        { "de", "nächsten Dienstag vormittags", "17.05.1990", "ja", "Amina Haddad" },
        { "ar", "الثلاثاء القادم صباحا", "17/05/1990", "نعم", "أمينة حداد" },
        { "uk", "наступного вівторка зранку", "17.05.1990", "так", "Олена Коваленко" },
    };

    [NeedsTheory(Need.Chromium)]
    [MemberData(nameof(Residents))]
    public async Task ServiceList_AndBookedMessage_OnAPhone(string language, string dateWish, string birthDate, string yes, string name)
    {
        await using var termine = LiveTermine.Start(database);
        var chat = new ChatPanel(await browser.PhoneAsync("de-DE"));
        await chat.Page.GotoAsync(termine.BaseUrl + "/");
        await chat.OpenAsync();
        await chat.WaitForQuestionAsync("service");
        if (language != "de")
        {
            await chat.LanguagePicker.SelectOptionAsync(language);
        }

        var all = DialogTexts.Texts["Service.All", language];
        await chat.WaitForBotAsync(all);
        var showAll = chat.Suggestions.Filter(new() { HasText = all });
        await Assertions.Expect(showAll).ToBeVisibleAsync(new() { Timeout = ChatPanel.Timeout });
        await chat.ScreenshotAsync($"chat-services-{language}.png");
        // Whole, inside the screen and not scrolled away inside the buttons' box.
        await Assertions.Expect(showAll).ToBeInViewportAsync(new() { Ratio = 1 });

        await chat.TapAsync(all);
        var card = chat.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = DialogTexts.Texts["Service.Group.humanitarian", language] }).Last;
        await card.WaitForAsync(new() { Timeout = ChatPanel.Timeout });
        await chat.ScreenshotAsync($"chat-all-services-{language}.png");
        var collection = termine.Services.GetRequiredService<ServiceCatalog>().Find("residence-card-collection")!.Name[language];
        await card.Locator(".ac-pushButton").Filter(new() { HasText = collection }).ClickAsync();
        await chat.WaitForQuestionAsync("persons");

        // The documents card's text is as large as the messages' text.
        var documents = chat.Page.Locator(".ac-adaptiveCard").Filter(new() { HasText = DialogTexts.Texts["Documents.Heading", language] }).Last;
        var cardSize = await documents.Locator(".ac-textBlock").Last.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        var messageSize = await chat.BotBubbles.Locator(".webchat__text-content").Last.EvaluateAsync<string>("e => getComputedStyle(e).fontSize");
        Assert.Equal(messageSize, cardSize);

        await chat.SayAsync("1");
        await chat.WaitForQuestionAsync("date");
        await chat.SayAsync(dateWish);
        await chat.WaitForQuestionAsync("slot");
        await chat.TapAsync();
        await chat.WaitForQuestionAsync("name");
        await chat.SayAsync(name);
        await chat.WaitForQuestionAsync("birthDate");
        await chat.SayAsync(birthDate);
        await chat.WaitForQuestionAsync("email");
        await chat.SayAsync($"phone.{language}@example.org");
        await chat.WaitForQuestionAsync("phone");
        await chat.SayAsync("0151 23456789");
        await chat.WaitForQuestionAsync("confirm");
        var summary = await chat.WaitForBotAsync("23456789");
        await summary.ScrollIntoViewIfNeededAsync();
        await chat.ScreenshotAsync($"chat-summary-{language}.png");
        await chat.SayAsync(yes);

        await chat.WaitForReferenceAsync();
        var last = await chat.WaitForBotAsync("Lindenstraße 10");
        await last.ScrollIntoViewIfNeededAsync();
        await chat.ScreenshotAsync($"chat-booked-{language}.png");
        var text = await last.InnerTextAsync();
        Assert.Contains("41515 Grevenbroich", text);
        Assert.Contains(DialogTexts.Texts["Office.Name", language], text);
    }
}
