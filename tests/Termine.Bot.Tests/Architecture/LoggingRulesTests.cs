using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Termine.Bot.Tests.Architecture;

/// <summary>
/// "Personal data stays out of logs" (docs/ARCHITECTURE.md, Decisions), checked where a machine can: no
/// <c>[LoggerMessage]</c> method takes a value whose name says it is a resident's name, address, birth date, contact,
/// typed text or token. What a value holds beyond its name is the reviewer's part. And the document's "Logging": every
/// event declared in its feature's <c>*Log</c> class with a unique id from the feature's range, no direct log calls.
/// </summary>
public sealed partial class LoggingRulesTests
{
    private static readonly string[] PersonalWords =
        ["name", "email", "mail", "phone", "birth", "address", "street", "text", "message", "token", "password", "secret", "companion", "chatid", "userid"];

    /// <summary>Parameters whose names contain a personal word but hold none: a route's or a channel's, a hash.</summary>
    private static readonly string[] NotPersonal = ["hash", "route", "channel", "kind", "count", "status", "event"];

    [Fact]
    public void NoLoggerMessage_TakesPersonalData()
    {
        var methods = LoggerMessages();
        var offenders = methods
            .SelectMany(m => m.GetParameters()
                .Where(p => !typeof(ILogger).IsAssignableFrom(p.ParameterType) && p.ParameterType != typeof(Exception) && p.ParameterType != typeof(LogLevel))
                .Select(p => (m, p)))
            .Where(x => IsPersonal(x.p.Name!) || PlaceholdersOf(x.m).Any(IsPersonal))
            .Select(x => $"{x.m.DeclaringType!.FullName}.{x.m.Name}({x.p.Name})")
            .Distinct()
            .ToList();

        Assert.True(methods.Count >= 20, $"only {methods.Count} [LoggerMessage] methods were found");
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("email", true)]
    [InlineData("residentName", true)]
    [InlineData("ChatHash", false)]
    [InlineData("route", false)]
    [InlineData("appointmentId", false)]
    public void ThePersonalWords_AreRecognised(string parameter, bool personal) => Assert.Equal(personal, IsPersonal(parameter));

    private static bool IsPersonal(string name)
    {
        var lower = name.ToLowerInvariant();
        return PersonalWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) && !NotPersonal.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    private static IEnumerable<string> PlaceholdersOf(MethodInfo method) =>
        (method.GetCustomAttribute<LoggerMessageAttribute>()!.Message ?? "")
            .Split('{', '}')
            .Where((_, i) => i % 2 == 1)
            .Select(p => p.Split(':')[0]);

    [Fact]
    public void EveryLoggerMessage_IsInItsFeaturesLogClass_WithAnIdOfItsRange()
    {
        var rows = LoggingTable();
        var methods = LoggerMessages();
        var offenders = methods
            .SelectMany(m =>
            {
                var type = m.DeclaringType!;
                var name = $"{type.FullName}.{m.Name}";
                var id = m.GetCustomAttribute<LoggerMessageAttribute>()!.EventId;
                var row = rows.SingleOrDefault(r => r.Namespace == type.Namespace);
                var problems = new List<string>();
                if (row is null)
                {
                    problems.Add($"{name}: the folder of {type.Namespace} has no row in the Logging table");
                }
                else if (type.Name != row.Class)
                {
                    problems.Add($"{name}: declared in {type.Name}, not in {row.Class}");
                }
                else if (id < row.First || id > row.Last)
                {
                    problems.Add($"{name}: EventId {id} is outside {row.Class}'s {row.First}–{row.Last}");
                }

                if (type.IsNested || !(type.IsAbstract && type.IsSealed) || !type.Name.EndsWith("Log", StringComparison.Ordinal))
                {
                    problems.Add($"{name}: not in a top-level static class named *Log");
                }

                if (!m.IsDefined(typeof(ExtensionAttribute)) || m.GetParameters() is not [{ ParameterType: var first }, ..] || first != typeof(ILogger))
                {
                    problems.Add($"{name}: not an extension method on ILogger");
                }

                return problems;
            })
            .ToList();
        var reused = methods
            .GroupBy(m => m.GetCustomAttribute<LoggerMessageAttribute>()!.EventId)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => $"{m.DeclaringType!.Name}.{m.Name}"))}")
            .ToList();

        Assert.True(methods.Count >= 20, $"only {methods.Count} [LoggerMessage] methods were found");
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));
        Assert.True(reused.Count == 0, $"EventIds used twice: {string.Join("; ", reused)}");
    }

    [Fact]
    public void TheLoggingTable_HasOneRangePerFeature_NoneOverlapping_EachWithItsClass()
    {
        var rows = LoggingTable();
        var logClasses = new[] { ArchitectureScan.Core, ArchitectureScan.Bot }.SelectMany(a => a.GetTypes()).ToList();
        var overlapping = rows.OrderBy(r => r.First).Zip(rows.OrderBy(r => r.First).Skip(1))
            .Where(p => p.Second.First <= p.First.Last)
            .Select(p => $"{p.First.Class} and {p.Second.Class}")
            .ToList();

        Assert.True(rows.Count >= 10, $"only {rows.Count} rows were read from the Logging table");
        Assert.All(rows, r =>
        {
            Assert.True(r.First <= r.Last, $"{r.Class}: {r.First}–{r.Last} is no range");
            Assert.Equal(r.Folder.TrimEnd('/').Split('/')[^1] + "Log", r.Class);
            Assert.Contains(logClasses, t => t.Namespace == r.Namespace && t.Name == r.Class);
        });
        Assert.Equal(rows.Count, rows.Select(r => r.Folder).Distinct().Count());
        Assert.True(overlapping.Count == 0, $"overlapping EventId ranges: {string.Join(", ", overlapping)}");
    }

    [Fact]
    public void NoCode_LogsDirectly()
    {
        var files = new[] { "bot", "booking-core" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(ArchitectureScan.RepositoryRoot, p), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !ArchitectureScan.IsBuildOutput(f))
            .ToList();
        var offenders = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, line, i)))
            .Where(x => DirectLogCall().IsMatch(x.line))
            .Select(x => $"{ArchitectureScan.Relative(x.f)}:{x.i + 1}")
            .ToList();

        Assert.True(files.Count > 100, $"only {files.Count} source files were found");
        Assert.True(offenders.Count == 0, $"log calls not through a feature's *Log class: {string.Join(", ", offenders)}");
    }

    [Theory]
    [InlineData("logger.LogWarning(\"x\");", true)]
    [InlineData("app.Logger.LogInformation(\"Database: {Provider}\", p);", true)]
    [InlineData("_logger.Log(LogLevel.Error, ex, \"x\");", true)]
    [InlineData("static readonly Action<ILogger, Exception?> A = LoggerMessage.Define(LogLevel.Warning, 1, \"x\");", true)]
    [InlineData("logger.ConversationCreated(conversation);", false)]
    [InlineData("var weight = Math.Log(1 + count);", false)]
    public void DirectLogCalls_AreRecognised(string line, bool direct) => Assert.Equal(direct, DirectLogCall().IsMatch(line));

    private static List<MethodInfo> LoggerMessages() =>
        [.. new[] { ArchitectureScan.Core, ArchitectureScan.Bot }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<LoggerMessageAttribute>() is not null)];

    /// <summary>The rows of docs/ARCHITECTURE.md's "Logging" table: folder, class and EventId range of each feature.</summary>
    private static List<LogRange> LoggingTable()
    {
        var document = ArchitectureScan.Document;
        var start = document.IndexOf("\n## Logging\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/ARCHITECTURE.md has no section \"Logging\"");
        var end = document.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return [.. LoggingRow().Matches(document[start..(end < 0 ? document.Length : end)])
            .Select(m => new LogRange(m.Groups["folder"].Value, m.Groups["class"].Value, int.Parse(m.Groups["first"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups["last"].Value, System.Globalization.CultureInfo.InvariantCulture)))];
    }

    private sealed record LogRange(string Folder, string Class, int First, int Last)
    {
        public string Namespace
        {
            get
            {
                var parts = Folder.TrimEnd('/').Split('/');
                return string.Join('.', parts.Skip(1).Prepend(parts[0] == "bot" ? "Termine.Bot" : "Termine.Booking"));
            }
        }
    }

    [GeneratedRegex(@"^\| `(?<folder>(?:bot|booking-core)/(?:[A-Za-z]+/)+)` \| `(?<class>[A-Za-z]+)` \| (?<first>\d+)[–-](?<last>\d+) \|", RegexOptions.Multiline)]
    private static partial Regex LoggingRow();

    /// <summary>ILogger's own LogX extension methods, <c>Log(LogLevel…)</c> and <c>LoggerMessage.Define</c>.</summary>
    [GeneratedRegex(@"\.Log(?:Trace|Debug|Information|Warning|Error|Critical)\s*[<(]|\.Log\s*\(\s*LogLevel\.|LoggerMessage\.Define")]
    private static partial Regex DirectLogCall();
}
