using System.Text.Json;

namespace Termine.Booking.Catalog;

/// <summary>
/// Reads and validates the catalog data file. Every problem is collected, so one start-up
/// names every missing translation at once instead of one per attempt.
/// </summary>
public static class CatalogLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static ServiceCatalog Load(string path, IReadOnlySet<string> knownTeams, int slotUnitMinutes)
    {
        if (!File.Exists(path))
        {
            throw new CatalogInvalidException(path, [$"the file does not exist"]);
        }

        CatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFile>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new CatalogInvalidException(path, [$"not valid JSON: {ex.Message}"]);
        }

        var problems = new List<string>();
        var services = new List<ServiceDefinition>();
        var entries = file?.Services ?? [];
        if (entries.Count == 0)
        {
            problems.Add("no services");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var service = Validate(entries[i], $"services[{i}]", knownTeams, slotUnitMinutes, problems);
            if (service is not null)
            {
                services.Add(service);
            }
        }

        foreach (var duplicate in services.GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"service id '{duplicate.Key}' is used {duplicate.Count()} times");
        }

        return problems.Count > 0 ? throw new CatalogInvalidException(path, problems) : new ServiceCatalog(services);
    }

    private static ServiceDefinition? Validate(
        CatalogFile.ServiceEntry entry, string at, IReadOnlySet<string> knownTeams, int unit, List<string> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(entry.Id) || !entry.Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            problems.Add($"{at}.id must be lower-case letters, digits and '-'");
        }

        at = entry.Id is null ? at : $"service '{entry.Id}'";
        if (entry.Team is null || !knownTeams.Contains(entry.Team))
        {
            problems.Add($"{at}: team '{entry.Team}' has no desks in Termine:Scheduling:Desks");
        }

        RequireUnits(entry.DurationMinutes, 1, $"{at}: durationMinutes", unit, problems);
        RequireUnits(entry.MinutesPerAdditionalPerson, 0, $"{at}: minutesPerAdditionalPerson", unit, problems);
        if (entry.MaxDaysAhead is < 1 or > 365)
        {
            problems.Add($"{at}: maxDaysAhead must be between 1 and 365");
        }

        if (entry.MinNoticeHours is < 0 or > 24 * 30)
        {
            problems.Add($"{at}: minNoticeHours must be between 0 and 720");
        }

        var name = Text(entry.Name, $"{at}: name", problems);
        var description = Text(entry.Description, $"{at}: description", problems);
        var documents = new List<ServiceDocument>();
        var documentEntries = entry.Documents ?? [];
        if (documentEntries.Count == 0)
        {
            problems.Add($"{at}: documents is empty");
        }

        for (var d = 0; d < documentEntries.Count; d++)
        {
            documents.Add(new ServiceDocument(
                Text(documentEntries[d].Name, $"{at}: documents[{d}].name", problems),
                Text(documentEntries[d].Note, $"{at}: documents[{d}].note", problems)));
        }

        var keywords = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var language in Languages.All)
        {
            var words = entry.Keywords?.GetValueOrDefault(language)?.Where(w => !string.IsNullOrWhiteSpace(w)).ToList() ?? [];
            if (words.Count == 0)
            {
                problems.Add($"{at}: keywords.{language} is missing or empty");
            }

            keywords[language] = words;
        }

        return problems.Count > before
            ? null
            : new ServiceDefinition(entry.Id!, entry.Team!, entry.DurationMinutes, entry.MinutesPerAdditionalPerson,
                entry.MaxDaysAhead, entry.MinNoticeHours, name, description, documents, keywords);
    }

    private static void RequireUnits(int minutes, int minimum, string field, int unit, List<string> problems)
    {
        if (minutes < minimum || minutes > 480 || minutes % unit != 0)
        {
            problems.Add($"{field} must be a multiple of {unit} between {minimum} and 480");
        }
    }

    private static LocalizedText Text(Dictionary<string, string>? values, string field, List<string> problems)
    {
        var text = new LocalizedText(values ?? []);
        foreach (var language in text.MissingLanguages())
        {
            problems.Add($"{field}.{language} is missing or empty");
        }

        return text;
    }
}
