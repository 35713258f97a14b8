using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Termine.Booking.Settings;

namespace Termine.Booking.Catalog;

/// <summary>
/// Reads and validates a catalog, from the data file at start or from an administrator's edit. Every problem is
/// collected, so one attempt names every missing translation at once, each by its path in the document.
/// </summary>
public static class CatalogLoader
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // Stored documents stay readable for people looking into the database: Arabic, Cyrillic and umlauts as they are.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static ServiceCatalog Load(string path, IReadOnlySet<string> knownTeams, int slotUnitMinutes)
    {
        if (!File.Exists(path))
        {
            throw new CatalogInvalidException(path, [new SettingsProblem("file", "does not exist")]);
        }

        var checkedFile = Parse(File.ReadAllText(path), knownTeams, slotUnitMinutes);
        return checkedFile.IsValid ? new ServiceCatalog(checkedFile.Services) : throw new CatalogInvalidException(path, checkedFile.Problems);
    }

    public static CatalogValidation Parse(string json, IReadOnlySet<string> knownTeams, int slotUnitMinutes)
    {
        try
        {
            return Validate(JsonSerializer.Deserialize<CatalogFile>(json, JsonOptions) ?? new CatalogFile(null), knownTeams, slotUnitMinutes);
        }
        catch (JsonException ex)
        {
            return new CatalogValidation([], [new SettingsProblem("file", $"is not valid JSON: {ex.Message}")]);
        }
    }

    public static CatalogValidation Validate(CatalogFile file, IReadOnlySet<string> knownTeams, int slotUnitMinutes)
    {
        var problems = new List<SettingsProblem>();
        var services = new List<ServiceDefinition>();
        var entries = file.Services ?? [];
        if (entries.Count == 0)
        {
            problems.Add(new("services", "names no service"));
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var service = Validate(entries[i], $"services[{i}]", knownTeams, slotUnitMinutes, problems);
            if (service is not null)
            {
                services.Add(service);
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries.Take(i).Any(e => string.Equals(e.Id, entries[i].Id, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new($"services[{i}].id", $"'{entries[i].Id}' is used by another service"));
            }
        }

        return new CatalogValidation(problems.Count == 0 ? services : [], problems);
    }

    private static ServiceDefinition? Validate(
        CatalogFile.ServiceEntry entry, string at, IReadOnlySet<string> knownTeams, int unit, List<SettingsProblem> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(entry.Id) || !entry.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            problems.Add(new($"{at}.id", "must be lower-case letters, digits and '-'"));
        }

        if (entry.Team is null || !knownTeams.Contains(entry.Team))
        {
            problems.Add(new($"{at}.team", $"'{entry.Team}' has no desks in Termine:Scheduling:Desks"));
        }

        RequireUnits(entry.DurationMinutes, 1, $"{at}.durationMinutes", unit, problems);
        RequireUnits(entry.MinutesPerAdditionalPerson, 0, $"{at}.minutesPerAdditionalPerson", unit, problems);
        if (entry.MaxDaysAhead is < 1 or > 365)
        {
            problems.Add(new($"{at}.maxDaysAhead", "must be between 1 and 365"));
        }

        if (entry.MinNoticeHours is < 0 or > 24 * 30)
        {
            problems.Add(new($"{at}.minNoticeHours", "must be between 0 and 720"));
        }

        var name = Text(entry.Name, $"{at}.name", problems);
        var description = Text(entry.Description, $"{at}.description", problems);
        var documents = new List<ServiceDocument>();
        var documentEntries = entry.Documents ?? [];
        if (documentEntries.Count == 0)
        {
            problems.Add(new($"{at}.documents", "is empty"));
        }

        for (var d = 0; d < documentEntries.Count; d++)
        {
            documents.Add(new ServiceDocument(
                Text(documentEntries[d].Name, $"{at}.documents[{d}].name", problems),
                Text(documentEntries[d].Note, $"{at}.documents[{d}].note", problems)));
        }

        var keywords = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var language in Languages.All)
        {
            var words = entry.Keywords?.GetValueOrDefault(language)?.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()).ToList() ?? [];
            if (words.Count == 0)
            {
                problems.Add(new($"{at}.keywords.{language}", "is missing or empty"));
            }

            keywords[language] = words;
        }

        return problems.Count > before
            ? null
            : new ServiceDefinition(entry.Id!, entry.Team!, entry.DurationMinutes, entry.MinutesPerAdditionalPerson,
                entry.MaxDaysAhead, entry.MinNoticeHours, name, description, documents, keywords);
    }

    private static void RequireUnits(int minutes, int minimum, string field, int unit, List<SettingsProblem> problems)
    {
        if (minutes < minimum || minutes > 480 || minutes % unit != 0)
        {
            problems.Add(new(field, $"must be a multiple of {unit} between {minimum} and 480"));
        }
    }

    private static LocalizedText Text(Dictionary<string, string>? values, string field, List<SettingsProblem> problems)
    {
        var text = new LocalizedText((values ?? []).ToDictionary(v => v.Key, v => v.Value.Trim()));
        foreach (var language in text.MissingLanguages())
        {
            problems.Add(new($"{field}.{language}", "is missing or empty"));
        }

        return text;
    }
}
