using System.Text.RegularExpressions;

namespace Termine.Bot.Tests.Architecture;

/// <summary>The folder map of docs/ARCHITECTURE.md ("Folders") against the folders there are, and namespaces against folders.</summary>
public sealed partial class FolderRulesTests
{
    private static readonly string[] Projects = ["booking-core", "bot"];

    /// <summary>Not features: build output, generated migrations, launch settings and the static files (named by the rows that use them).</summary>
    private static readonly string[] NotFeatures = ["bin", "obj", "Migrations", "Properties", "wwwroot"];

    /// <summary>What the repository holds as code or content; a folder of only other files (a dev host's mail pickup) is no feature.</summary>
    private static readonly HashSet<string> SourceExtensions = [".cs", ".cshtml", ".resx", ".js", ".css", ".json", ".html", ".svg", ".png", ".woff2", ".ico"];

    /// <summary>Folders that only split a big feature's files and keep its namespace; the document says so for each.</summary>
    private static readonly string[] InTheirParentsNamespace = ["bot/Dialogs/Understanding/Lexicons"];

    [Fact]
    public void EveryFolderOfTheMap_Exists()
    {
        var mapped = MappedFolders();

        Assert.Contains("bot/", mapped);
        Assert.Contains("booking-core/", mapped);
        Assert.DoesNotContain(mapped, f => !Directory.Exists(Path.Combine(ArchitectureScan.RepositoryRoot, f)));
    }

    [Fact]
    public void EveryFeatureFolder_IsInTheMaps()
    {
        // A folder has a row of its own, or the row of its nearest mapped parent (or the behaviours' table) names it
        // by its path below that parent, as "`Access/`" in the row of bot/Admin/ or "Understanding/Clock".
        var document = ArchitectureScan.Document;
        var rows = MapRows();
        var folders = FeatureFolders();
        var missing = folders
            .Where(folder => !rows.ContainsKey(folder))
            .Where(folder =>
            {
                var parent = rows.Keys.Where(r => folder.StartsWith(r, StringComparison.Ordinal)).MaxBy(r => r.Length)!;
                var below = folder[parent.Length..].TrimEnd('/');
                var named = new Regex($@"[`/ (]{Regex.Escape(below)}[/`]");
                return !named.IsMatch(rows[parent]) && !named.IsMatch(document[document.IndexOf("## Where each behaviour lives", StringComparison.Ordinal)..]);
            })
            .ToList();

        Assert.Contains("bot/Channels/Teams/", folders);
        Assert.True(missing.Count == 0, $"not in docs/ARCHITECTURE.md: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryPathTheDocumentNames_Exists()
    {
        // A path is named from the repository root or from any folder ("Api/HealthEndpoints", "Resources/PageTexts*.resx"),
        // a file with or without its extension, a member after a type's file ("Hosting/HostingExtensions.PrepareAsync").
        var known = Entries(ArchitectureScan.RepositoryRoot).Select(ArchitectureScan.Relative).ToList();
        var named = NamedPath().Matches(ArchitectureScan.Document).Select(m => m.Groups[1].Value).Distinct().ToList();
        var missing = named.Where(path => !known.Any(k => Names(k, path.TrimEnd('/')))).ToList();

        Assert.True(named.Count > 50, $"only {named.Count} paths were found in the document");
        Assert.True(missing.Count == 0, $"docs/ARCHITECTURE.md names what does not exist: {string.Join(", ", missing)}");
    }

    [Fact]
    public void TheCoresRows_ComeBeforeTheBots()
    {
        var order = MapRows().Keys.ToList();
        var core = order.Select((f, i) => (f, i)).Where(p => p.f.StartsWith("booking-core/", StringComparison.Ordinal)).Select(p => p.i).ToList();
        var bot = order.Select((f, i) => (f, i)).Where(p => p.f.StartsWith("bot/", StringComparison.Ordinal)).Select(p => p.i).ToList();

        Assert.NotEmpty(core);
        Assert.NotEmpty(bot);
        Assert.True(core.Max() < bot.Min(), $"a booking-core folder is listed among the bot's: {string.Join(", ", order)}");
    }

    [Fact]
    public void EveryFile_IsInTheNamespaceOfItsFolder()
    {
        var files = Projects.SelectMany(ArchitectureScan.SourcesUnder).Where(f => Path.GetFileName(f) != "Program.cs").ToList();
        var offenders = files
            .Select(f => (file: ArchitectureScan.Relative(f), declared: Namespace().Match(File.ReadAllText(f)) is { Success: true } m ? m.Groups[1].Value : null))
            .Where(f => f.declared != ExpectedNamespace(NamespaceFolder(Path.GetDirectoryName(f.file)!.Replace('\\', '/'))))
            .Select(f => $"{f.file}: {f.declared ?? "no namespace"}")
            .ToList();

        Assert.True(files.Count > 100, $"only {files.Count} source files were found");
        Assert.True(offenders.Count == 0, $"not in their folder's namespace: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void TheFoldersInTheirParentsNamespace_AreNamedInTheDocument()
    {
        var document = ArchitectureScan.Document;

        Assert.All(InTheirParentsNamespace, folder =>
        {
            Assert.True(Directory.Exists(Path.Combine(ArchitectureScan.RepositoryRoot, folder)), $"{folder} is gone: take it off the list");
            Assert.Contains($"`{folder[(folder.IndexOf('/', StringComparison.Ordinal) + 1)..]}/` keeps", document, StringComparison.Ordinal);
        });
    }

    /// <summary>The rows of the folder table: folder → the row's text.</summary>
    private static Dictionary<string, string> MapRows()
    {
        var document = ArchitectureScan.Document;
        var start = document.IndexOf("## Folders", StringComparison.Ordinal);
        var end = document.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return document[start..end].Split('\n')
            .Select(l => (line: l, match: FolderRow().Match(l)))
            .Where(r => r.match.Success)
            .ToDictionary(r => r.match.Groups[1].Value, r => r.line);
    }

    private static List<string> MappedFolders() => [.. MapRows().Keys];

    private static List<string> FeatureFolders() =>
        [.. Projects.SelectMany(p => Directory.EnumerateDirectories(Path.Combine(ArchitectureScan.RepositoryRoot, p), "*", SearchOption.AllDirectories))
            .Select(d => ArchitectureScan.Relative(d) + "/")
            .Where(d => !d.Split('/').Any(part => NotFeatures.Contains(part)))
            .Where(d => Directory.EnumerateFiles(Path.Combine(ArchitectureScan.RepositoryRoot, d), "*", SearchOption.AllDirectories)
                .Any(f => SourceExtensions.Contains(Path.GetExtension(f))))
            .Order(StringComparer.Ordinal)];

    private static string ExpectedNamespace(string folder)
    {
        var parts = folder.Replace('\\', '/').Split('/');
        var root = parts[0] == "bot" ? "Termine.Bot" : "Termine.Booking";
        return string.Join('.', parts.Skip(1).Prepend(root));
    }

    /// <summary>Every file and folder of the repository; build output, packages and git's own folder are not entered.</summary>
    private static IEnumerable<string> Entries(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            yield return file;
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            yield return child;
            if (Path.GetFileName(child) is not ("bin" or "obj" or "node_modules" or ".git"))
            {
                foreach (var entry in Entries(child))
                {
                    yield return entry;
                }
            }
        }
    }

    private static bool Names(string known, string path)
    {
        if (path.Contains('*', StringComparison.Ordinal))
        {
            return new Regex("(^|/)" + Regex.Escape(path).Replace(@"\*", "[^/]*", StringComparison.Ordinal) + "$").IsMatch(known);
        }

        var withoutExtension = Path.ChangeExtension(known, null);
        var member = path.LastIndexOf('.');
        var typeFile = member > path.LastIndexOf('/') ? path[..member] : null;
        return Is(known, path) || Is(withoutExtension, path) || (typeFile is not null && Is(withoutExtension, typeFile));
    }

    private static bool Is(string candidate, string path) => candidate == path || candidate.EndsWith("/" + path, StringComparison.Ordinal);

    private static string NamespaceFolder(string folder) =>
        InTheirParentsNamespace.Contains(folder) ? folder[..folder.LastIndexOf('/')] : folder;

    [GeneratedRegex(@"^\| `([a-z-]+/(?:[A-Za-z]+/)*)` \|")]
    private static partial Regex FolderRow();

    /// <summary>A path in backticks: two or more segments joined by "/", not a URL path (those begin with "/").</summary>
    [GeneratedRegex(@"`([A-Za-z][A-Za-z0-9_.\-]*(?:/[A-Za-z0-9_.\-*]+)+/?)`")]
    private static partial Regex NamedPath();

    [GeneratedRegex(@"^namespace ([A-Za-z0-9_.]+);", RegexOptions.Multiline)]
    private static partial Regex Namespace();
}
