namespace Termine.Booking.Catalog;

/// <summary>The shape of the catalog data file and of the stored catalog document, as staff edit it.</summary>
public sealed record CatalogFile(List<CatalogFile.ServiceEntry>? Services)
{
    public sealed record ServiceEntry(
        string? Id,
        string? Team,
        int DurationMinutes,
        int MinutesPerAdditionalPerson,
        int MaxDaysAhead,
        int MinNoticeHours,
        Dictionary<string, string>? Name,
        Dictionary<string, string>? Description,
        List<DocumentEntry>? Documents,
        Dictionary<string, List<string>>? Keywords);

    public sealed record DocumentEntry(Dictionary<string, string>? Name, Dictionary<string, string>? Note);

    /// <summary>The catalog as a document again, for editing it.</summary>
    public static CatalogFile From(IEnumerable<ServiceDefinition> services) =>
        new(services.Select(s => new ServiceEntry(
            s.Id, s.Team, s.DurationMinutes, s.MinutesPerAdditionalPerson, s.MaxDaysAhead, s.MinNoticeHours,
            s.Name.Values.ToDictionary(), s.Description.Values.ToDictionary(),
            s.Documents.Select(d => new DocumentEntry(d.Name.Values.ToDictionary(), d.Note.Values.ToDictionary())).ToList(),
            s.Keywords.ToDictionary(k => k.Key, k => k.Value.ToList()))).ToList());
}
