namespace Termine.Booking.Catalog;

/// <summary>The shape of the catalog data file, as staff edit it.</summary>
internal sealed record CatalogFile(List<CatalogFile.ServiceEntry>? Services)
{
    internal sealed record ServiceEntry(
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

    internal sealed record DocumentEntry(Dictionary<string, string>? Name, Dictionary<string, string>? Note);
}
