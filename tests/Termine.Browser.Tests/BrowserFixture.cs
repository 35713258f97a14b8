using Microsoft.Playwright;

namespace Termine.Browser.Tests;

/// <summary>Debian's Chromium, headless, driven by Playwright; nothing downloads a browser.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string Artifacts = Path.Combine(
        Environment.GetEnvironmentVariable("TERMINE_TEST_ARTIFACTS") ?? Path.Combine(AppContext.BaseDirectory, "artifacts"), "screenshots");

    private IPlaywright _playwright = null!;

    /// <summary>Where a screenshot of that name goes.</summary>
    public static string Shot(string name) => Path.Combine(Artifacts, name);

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A phone-sized page, as most residents see it.</summary>
    public async Task<IPage> PhoneAsync(string locale) =>
        await (await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = locale,
            HasTouch = true,
        })).NewPageAsync();

    /// <summary>A desktop-sized page, as staff and many residents at home see it.</summary>
    public async Task<IPage> DesktopAsync(string locale) =>
        await (await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = locale,
        })).NewPageAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
