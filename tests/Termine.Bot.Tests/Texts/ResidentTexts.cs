using System.Text.Json;
using System.Xml.Linq;

namespace Termine.Bot.Tests.Texts;

/// <summary>One text a resident reads: where it lives (file, key or catalog path), its language and its words.</summary>
public sealed record ResidentText(string Source, string Key, string Language, string Text);

/// <summary>
/// Every text a resident reads, straight from the repository's files: the resx sets (neutral = German) and the
/// catalog. Keys a resident never reads are left out: Keywords.* (what residents may type) and .NET formats.
/// </summary>
public static class ResidentTexts
{
    public static readonly string[] Languages = ["de", "en", "fr", "tr", "ar", "ru", "uk"];

    /// <summary>
    /// Every resx set of the two projects, found rather than listed, so a new set (the legal pages', the speech words)
    /// is checked from its first commit.
    /// </summary>
    private static IEnumerable<string> ResourceSets() =>
        new[] { "bot", "booking-core" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), folder), "*.resx", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryRoot(), path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Where(path => !Languages.Any(l => path.EndsWith($".{l}.resx", StringComparison.Ordinal)))
            .Select(path => path[..^".resx".Length])
            .Order(StringComparer.Ordinal);

    private static readonly HashSet<string> NotRead = ["Culture", "DateFormat", "WeekdayDateFormat", "TimeFormat", "BirthDateFormat"];

    public static IEnumerable<ResidentText> All() => Resources().Concat(Catalog());

    private static IEnumerable<ResidentText> Resources()
    {
        foreach (var set in ResourceSets())
        {
            foreach (var language in Languages)
            {
                var file = language == "de" ? $"{set}.resx" : $"{set}.{language}.resx";
                foreach (var data in XDocument.Load(Path.Combine(RepositoryRoot(), file)).Root!.Elements("data"))
                {
                    var key = data.Attribute("name")!.Value;
                    if (!key.StartsWith("Keywords.", StringComparison.Ordinal) && !NotRead.Contains(key))
                    {
                        yield return new ResidentText(file, key, language, data.Element("value")!.Value);
                    }
                }
            }
        }
    }

    private static IEnumerable<ResidentText> Catalog()
    {
        const string file = "booking-core/Catalog/services.json";
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), file)));
        return Walk(json.RootElement, "").Select(t => t with { Source = file }).ToList();
    }

    private static IEnumerable<ResidentText> Walk(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany((item, i) => Walk(item, $"{path}[{i}]"));
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var properties = element.EnumerateObject().Where(p => p.Name != "keywords").ToList();
        if (properties.Count > 0 && properties.All(p => Languages.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.String))
        {
            return properties.Select(p => new ResidentText("", path, p.Name, p.Value.GetString()!));
        }

        return properties.SelectMany(p => Walk(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Termine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Termine.sln) was not found.");
    }
}
