using Microsoft.Playwright;
using Termine.Testing.Hosts;

namespace Termine.Browser.Tests.Admin;

/// <summary>A member of staff signing in on the login form the admin pages send them to.</summary>
public static class StaffLogin
{
    /// <summary>
    /// The address the browser must use for the admin pages: the staff cookie is Secure with the __Host- prefix, and
    /// Chromium accepts that over plain http on localhost only.
    /// </summary>
    public static string AdminBaseUrl(LiveTermine termine) => termine.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    /// <summary>Opens <paramref name="url"/> (an admin page or /admin/login) and signs in on the form that appears.</summary>
    public static async Task SignInAsync(IPage page, string url, string userName, string password)
    {
        await page.GotoAsync(url);
        await page.GetByLabel("Benutzername").FillAsync(userName);
        await page.GetByLabel("Passwort").FillAsync(password);
        await page.Keyboard.PressAsync("Enter");
    }
}
