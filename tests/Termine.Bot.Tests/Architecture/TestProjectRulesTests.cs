using System.Xml.Linq;

namespace Termine.Bot.Tests.Architecture;

/// <summary>
/// The test projects' structure (docs/ARCHITECTURE.md, "Tests"): each references only tests/Termine.Testing and the
/// project it tests, Termine.Testing is a library and not a test project, and tests wait only through its Eventually.
/// </summary>
public sealed class TestProjectRulesTests
{
    /// <summary>Every test project and the one project it tests.</summary>
    private static readonly Dictionary<string, string> Tested = new()
    {
        ["tests/Termine.Booking.Tests/Termine.Booking.Tests.csproj"] = "booking-core/Termine.Booking.csproj",
        ["tests/Termine.Bot.Tests/Termine.Bot.Tests.csproj"] = "bot/Termine.Bot.csproj",
        ["tests/Termine.Browser.Tests/Termine.Browser.Tests.csproj"] = "bot/Termine.Bot.csproj",
        ["tests/Termine.LoadTest.Tests/Termine.LoadTest.Tests.csproj"] = "tests/Termine.LoadTest/Termine.LoadTest.csproj",
    };

    private const string Testing = "tests/Termine.Testing/Termine.Testing.csproj";

    [Fact]
    public void EveryTestProject_IsInTheTable()
    {
        var found = Directory.EnumerateFiles(Path.Combine(ArchitectureScan.RepositoryRoot, "tests"), "*.Tests.csproj", SearchOption.AllDirectories)
            .Select(Relative)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Tested.Keys.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void EachTestProject_ReferencesOnlyTermineTesting_AndTheProjectItTests()
    {
        foreach (var (project, tested) in Tested)
        {
            Assert.Equal([tested, Testing], References(project).Order(StringComparer.Ordinal).ToArray());
        }
    }

    [Fact]
    public void TermineTesting_IsALibrary_ThatReferencesNoTestProject()
    {
        var project = XDocument.Load(Path.Combine(ArchitectureScan.RepositoryRoot, Testing));

        Assert.Equal("false", project.Descendants("IsTestProject").Single().Value);
        Assert.DoesNotContain(project.Descendants("PackageReference"), p => (string?)p.Attribute("Include") is "Microsoft.NET.Test.Sdk" or "xunit.runner.visualstudio");
        Assert.Equal(["bot/Termine.Bot.csproj"], References(Testing));
    }

    /// <summary>Termine.Testing brings the bot along for its hosts; the core's tests still name nothing of it.</summary>
    [Fact]
    public void TheCoresTests_UseNothingOfTheBot()
    {
        var offenders = Sources("tests/Termine.Booking.Tests")
            .Where(f => File.ReadLines(f).Any(l => l.StartsWith("using Termine.Bot", StringComparison.Ordinal)))
            .Select(Relative)
            .ToList();

        Assert.Empty(offenders);
    }

    /// <summary>
    /// A test waits for what happens later through Eventually, never in a loop of its own; the one other pause is
    /// deliberate (a slow line held back in the browser, so a second press comes while the first is under way).
    /// </summary>
    [Fact]
    public void OnlyEventually_Pauses()
    {
        string[] allowed =
        [
            "tests/Termine.Testing/Waiting/Eventually.cs",
            "tests/Termine.Browser.Tests/WebBooking/WebBookingJourneyTests.cs",
            "tests/Termine.Bot.Tests/Architecture/TestProjectRulesTests.cs", // names what it looks for
        ];
        var offenders = Tested.Keys.Select(p => Path.GetDirectoryName(p)!).Append("tests/Termine.Testing")
            .SelectMany(Sources)
            .Where(f => File.ReadAllText(f).Contains("Task.Delay(", StringComparison.Ordinal) || File.ReadAllText(f).Contains("Thread.Sleep(", StringComparison.Ordinal))
            .Select(Relative)
            .Where(f => !allowed.Contains(f))
            .ToList();

        Assert.Empty(offenders);
    }

    private static List<string> References(string project)
    {
        var folder = Path.GetDirectoryName(Path.Combine(ArchitectureScan.RepositoryRoot, project))!;
        return [.. XDocument.Load(Path.Combine(ArchitectureScan.RepositoryRoot, project)).Descendants("ProjectReference")
            .Select(r => Relative(Path.GetFullPath(Path.Combine(folder, r.Attribute("Include")!.Value.Replace('\\', '/')))))];
    }

    private static IEnumerable<string> Sources(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ArchitectureScan.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));

    private static string Relative(string path) => Path.GetRelativePath(ArchitectureScan.RepositoryRoot, path).Replace('\\', '/');
}
