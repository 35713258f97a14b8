using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Termine.Browser.Tests;

/// <summary>
/// axe-core (npm, installed by <c>npm ci</c> in tests/e2e) injected into the page under test, checking WCAG 2.0/2.1 A and AA.
/// </summary>
public static class Axe
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>axe.min.js wrapped in a function; it passes <c>window</c> to itself and sets <c>window.axe</c>.</summary>
    private static readonly Lazy<string> Injection = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "e2e", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate))
            {
                return "() => {\n" + File.ReadAllText(candidate) + "\n}";
            }
        }

        throw new FileNotFoundException(
            "axe-core is not installed: run `npm ci` in tests/e2e (test.sh does), then run the tests again.", "tests/e2e/node_modules/axe-core/axe.min.js");
    });

    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Nodes)
    {
        public override string ToString() => $"{Id} ({Impact}): {Help}\n    " + string.Join("\n    ", Nodes);
    }

    /// <summary>
    /// Runs axe on the page, writes every violation to the test's output and returns the serious and critical ones,
    /// each marked with <paramref name="where"/>.
    /// </summary>
    public static async Task<IEnumerable<string>> SeriousAsync(IPage page, ITestOutputHelper output, string where)
    {
        var violations = await RunAsync(page);
        foreach (var violation in violations)
        {
            output.WriteLine($"[{where}] {violation}");
        }

        return violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"[{where}] {v}");
    }

    /// <summary>Runs axe on the whole page as it is now and returns every violation.</summary>
    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated through the DevTools protocol rather than added as a script tag: the admin and waiting-area
            // pages' Content-Security-Policy blocks inline scripts, and a page's CSP does not apply to the protocol.
            await page.EvaluateAsync(Injection.Value);
        }

        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact || 'unknown', help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' '))
              })));
            }
            """,
            Tags);
        return JsonSerializer.Deserialize<List<Violation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
