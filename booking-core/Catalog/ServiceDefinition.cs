namespace Termine.Booking.Catalog;

/// <summary>A service of the authority that residents can book.</summary>
public sealed record ServiceDefinition(
    string Id,
    string Team,
    int DurationMinutes,
    int MinutesPerAdditionalPerson,
    int MaxDaysAhead,
    int MinNoticeHours,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<ServiceDocument> Documents,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords)
{
    /// <summary>Family members need their own time at the desk.</summary>
    public TimeSpan DurationFor(int persons) =>
        TimeSpan.FromMinutes(DurationMinutes + Math.Max(0, persons - 1) * MinutesPerAdditionalPerson);

    public TimeSpan MinNotice => TimeSpan.FromHours(MinNoticeHours);

    public IReadOnlyList<string> KeywordsFor(string language) =>
        Keywords.TryGetValue(language, out var words) ? words : [];
}
