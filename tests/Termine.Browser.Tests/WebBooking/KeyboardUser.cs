using Microsoft.Playwright;

namespace Termine.Browser.Tests.WebBooking;

/// <summary>Moves through a page the way a keyboard user does: Tab until the element has the focus, then Enter or typing.</summary>
public static class KeyboardUser
{
    private const int MaxTabs = 200;

    public static async Task FocusByTabAsync(IPage page, string selector)
    {
        for (var tabs = 0; tabs < MaxTabs; tabs++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new Xunit.Sdk.XunitException($"{selector} is not reached with the Tab key within {MaxTabs} presses.");
    }

    public static async Task ActivateAsync(IPage page, string selector)
    {
        await FocusByTabAsync(page, selector);
        await page.Keyboard.PressAsync("Enter");
    }

    public static async Task TypeIntoAsync(IPage page, string selector, string text)
    {
        await FocusByTabAsync(page, selector);
        await page.Keyboard.TypeAsync(text);
    }
}
