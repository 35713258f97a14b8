using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Termine.Browser.Tests.WebChat;

/// <summary>
/// The county page's chat as a resident uses it: the chat button, the language picker, Web Chat's send box and
/// suggested actions. Waits on what the bot asks for (<c>channelData.expecting</c>, which the embed writes onto the
/// send box as <c>data-expecting</c>), so the same steps work in every language.
/// </summary>
public sealed partial class ChatPanel(IPage page)
{
    // A wait, not a measure: on a machine that runs the other test projects at the same time a turn can take long.
    public const float Timeout = 90_000;

    public IPage Page { get; } = page;

    public ILocator Launcher => Page.Locator(".termine-chat-launcher");

    public ILocator Panel => Page.Locator("#termine-chat-panel");

    public ILocator LanguagePicker => Page.Locator("#termine-chat-language");

    /// <summary>The element Web Chat is rendered into.</summary>
    public ILocator WebChatRoot => Page.Locator(".termine-chat-webchat");

    public ILocator Input => Page.Locator("[data-id=\"webchat-sendbox-input\"]");

    public ILocator Suggestions => Page.Locator(".webchat__suggested-actions button");

    public ILocator BotBubbles => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)");

    public async Task OpenAsync()
    {
        await Launcher.ClickAsync();
        await Input.WaitForAsync(new() { Timeout = Timeout });
    }

    /// <summary>Waits until the bot's latest question waits for <paramref name="expecting"/>.</summary>
    public Task WaitForQuestionAsync(string expecting) =>
        Page.Locator($"[data-id=\"webchat-sendbox-input\"][data-expecting=\"{expecting}\"]").WaitForAsync(new() { Timeout = Timeout });

    public Task<ILocator> WaitForBotAsync(string text) => WaitForBotAsync(new Regex(Regex.Escape(text)));

    public async Task<ILocator> WaitForBotAsync(Regex text)
    {
        var bubble = BotBubbles.Filter(new() { HasTextRegex = text }).Last;
        await bubble.WaitForAsync(new() { Timeout = Timeout });
        return bubble;
    }

    /// <summary>Types into the send box and sends with Enter, as on a keyboard.</summary>
    public async Task SayAsync(string text)
    {
        await Input.FillAsync(text);
        await Input.PressAsync("Enter");
    }

    /// <summary>Taps a suggested action: the one named, or the first.</summary>
    public async Task TapAsync(string? name = null)
    {
        var button = name is null ? Suggestions.First : Suggestions.Filter(new() { HasText = name }).First;
        await button.WaitForAsync(new() { Timeout = Timeout });
        await button.ClickAsync();
    }

    /// <summary>The send box's attribute now.</summary>
    public Task<string?> InputAttributeAsync(string name) => Input.GetAttributeAsync(name);

    /// <summary>The booking reference the bot confirmed.</summary>
    public async Task<string> WaitForReferenceAsync()
    {
        var booked = await WaitForBotAsync(Reference());
        return Reference().Match(await booked.InnerTextAsync()).Value;
    }

    /// <summary>Every message activity the bot sent, as Web Chat holds it (after the embed's store middleware).</summary>
    public async Task<IReadOnlyList<JsonElement>> BotMessagesAsync()
    {
        var json = await Page.EvaluateAsync<string>(
            "() => JSON.stringify(window.TermineChat.store.getState().activities.filter(a => a.type === 'message' && a.from && a.from.role !== 'user' && !(a.channelData && a.channelData.clientActivityID)))");
        return JsonSerializer.Deserialize<List<JsonElement>>(json)!;
    }

    public Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, name) });

    [GeneratedRegex("[A-Z0-9]{4}-[A-Z0-9]{4}")]
    public static partial Regex Reference();
}
