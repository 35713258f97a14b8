using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Prerequisites;
using Xunit.Abstractions;

namespace Termine.Browser.Tests.WebChat;

/// <summary>
/// What opening the chat costs a resident on the county's page: the bytes the browser fetched (as sent, and unpacked)
/// and the time from the click on "Termin im Chat buchen" to the greeting, with an empty browser cache and again with
/// the cache of an earlier visit. The figures are written to <c>$TERMINE_TEST_ARTIFACTS/chat-load.md</c>; only the
/// behaviour is asserted (the greeting comes, Web Chat arrives compressed and is cached), never a duration.
/// </summary>
public sealed class ChatLoadTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    private const int Rounds = 3;

    // Notes the first click and the first bot bubble on the page's own clock (performance.now()).
    private const string Stopwatch = """
        () => {
          window.__termineLoad = { click: null, greeting: null };
          document.addEventListener('click', e => { window.__termineLoad.click ??= e.timeStamp; }, true);
          new MutationObserver((_, observer) => {
            if (document.querySelector('.webchat__bubble:not(.webchat__bubble--from-user)')) {
              window.__termineLoad.greeting = performance.now();
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true });
        }
        """;

    // Every response of the page (the page itself and what it fetched), as the Resource Timing API saw it.
    private const string Resources = """
        () => JSON.stringify(performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
          .map(e => ({ name: e.name, transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize })))
        """;

    [NeedsFact(Need.Chromium)]
    public async Task ChatOpensWithGreeting_ColdAndWarm_FiguresRecorded()
    {
        await using var termine = LiveTermine.Start(database);
        var runs = new List<Run>();

        // The host's first turn warms its own code; that is the start-up's cost (measured elsewhere), not the page's.
        runs.Add(await OpenAsync(await NewContextAsync(), termine.BaseUrl, "host's first chat, empty cache, click at load", WaitUntilState.Load));
        for (var round = 1; round <= Rounds; round++)
        {
            var context = await NewContextAsync();
            runs.Add(await OpenAsync(context, termine.BaseUrl, "empty cache, click at load", WaitUntilState.Load));
            runs.Add(await OpenAsync(context, termine.BaseUrl, "cache of the visit before, click at load", WaitUntilState.Load));
            runs.Add(await OpenAsync(await NewContextAsync(), termine.BaseUrl, "empty cache, click once the page is idle", WaitUntilState.NetworkIdle));
            runs.Add(await OpenAsync(context, termine.BaseUrl, "cache of the visit before, click once the page is idle", WaitUntilState.NetworkIdle));
            await context.CloseAsync();
        }

        var report = Report(runs);
        output.WriteLine(report);
        await File.WriteAllTextAsync(ReportPath, report);

        Assert.All(runs, run => Assert.True(run.ClickToGreeting > 0, $"{run.Name}: no greeting measured"));
        // Web Chat arrives compressed, and a second visit takes it from the cache without asking the host.
        Assert.All(runs, run => Assert.True(run.Bundle.Encoded * 3 < run.Bundle.Decoded, $"{run.Name}: {run.Bundle}"));
        Assert.All(runs.Where(r => r.Name.StartsWith("cache", StringComparison.Ordinal)), run => Assert.Equal(0, run.Bundle.Transfer));
    }

    private static string ReportPath =>
        Path.Combine(Environment.GetEnvironmentVariable("TERMINE_TEST_ARTIFACTS") is { Length: > 0 } folder ? folder : Path.GetTempPath(), "chat-load.md");

    private Task<IBrowserContext> NewContextAsync() =>
        browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "de-DE",
        });

    /// <summary>
    /// A new tab of <paramref name="context"/> (its own sessionStorage, so no conversation is resumed; the cache is the
    /// context's), the county page, a click on its own chat button, the greeting.
    /// </summary>
    private static async Task<Run> OpenAsync(IBrowserContext context, string baseUrl, string name, WaitUntilState clickWhen)
    {
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync($"({Stopwatch})()");
        await page.GotoAsync(baseUrl + "/", new() { WaitUntil = clickWhen });
        await page.Locator(".cta__button[data-termine-chat-open]").ClickAsync();
        var chat = new ChatPanel(page);
        await chat.WaitForBotAsync("Worum geht es?");
        var clickToGreeting = await page.EvaluateAsync<double>("() => window.__termineLoad.greeting - window.__termineLoad.click");
        var resources = JsonSerializer.Deserialize<List<Resource>>(await page.EvaluateAsync<string>(Resources), JsonOptions)!;
        await page.CloseAsync();
        return new Run(name, clickToGreeting, resources);
    }

    private static string Report(IReadOnlyList<Run> runs)
    {
        var text = new StringBuilder();
        text.AppendLine("# Opening the chat on the county page").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, headless Chromium, desktop viewport, host on loopback (no network delay).");
        text.AppendLine("Bytes from the Resource Timing API: *transferred* = as sent incl. headers (0 when served from the cache), *encoded* = body as sent, *decoded* = body unpacked.").AppendLine();
        text.AppendLine("| run | click → greeting (ms) | transferred (bytes) | encoded | decoded | responses |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in runs)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {run.Name} | {run.ClickToGreeting:F0} | {run.Resources.Sum(r => r.Transfer):N0} | {run.Resources.Sum(r => r.Encoded):N0} | {run.Resources.Sum(r => r.Decoded):N0} | {run.Resources.Count} |");
        }

        foreach (var group in runs.Skip(1).GroupBy(r => r.Name))
        {
            var times = group.Select(r => r.ClickToGreeting).Order().ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"\nMedian click → greeting, {group.Key}: {times[times.Count / 2]:F0} ms (of {times.Count}).");
        }

        text.AppendLine().AppendLine("## Responses of the first empty-cache run after the host's first chat").AppendLine();
        text.AppendLine("| response | transferred | encoded | decoded |");
        text.AppendLine("| --- | ---: | ---: | ---: |");
        foreach (var resource in runs[1].Resources)
        {
            var path = new Uri(resource.Name).PathAndQuery;
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{path}` | {resource.Transfer:N0} | {resource.Encoded:N0} | {resource.Decoded:N0} |");
        }

        return text.ToString();
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record Resource(string Name, long Transfer, long Encoded, long Decoded);

    private sealed record Run(string Name, double ClickToGreeting, IReadOnlyList<Resource> Resources)
    {
        public Resource Bundle => Resources.Single(r => new Uri(r.Name).AbsolutePath.StartsWith("/webchat/webchat.", StringComparison.Ordinal));
    }
}
