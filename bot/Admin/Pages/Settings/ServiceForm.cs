using Termine.Booking;
using Termine.Booking.Catalog;

namespace Termine.Bot.Admin.Pages.Settings;

/// <summary>One service as the edit form posts it: every text in the seven languages, search words comma-separated.</summary>
public sealed class ServiceForm
{
    public string? Id { get; set; }

    public string? Team { get; set; }

    public int DurationMinutes { get; set; } = 30;

    public int MinutesPerAdditionalPerson { get; set; } = 15;

    public int MaxDaysAhead { get; set; } = 90;

    public int MinNoticeHours { get; set; } = 12;

    public Dictionary<string, string?> Name { get; set; } = [];

    public Dictionary<string, string?> Description { get; set; } = [];

    public Dictionary<string, string?> Keywords { get; set; } = [];

    public List<DocumentForm> Documents { get; set; } = [];

    public sealed class DocumentForm
    {
        public Dictionary<string, string?> Name { get; set; } = [];

        public Dictionary<string, string?> Note { get; set; } = [];

        /// <summary>Ticked to drop the document when the form is saved.</summary>
        public bool Remove { get; set; }
    }

    public static ServiceForm From(CatalogFile.ServiceEntry entry) => new()
    {
        Id = entry.Id,
        Team = entry.Team,
        DurationMinutes = entry.DurationMinutes,
        MinutesPerAdditionalPerson = entry.MinutesPerAdditionalPerson,
        MaxDaysAhead = entry.MaxDaysAhead,
        MinNoticeHours = entry.MinNoticeHours,
        Name = Texts(entry.Name),
        Description = Texts(entry.Description),
        Keywords = Languages.All.ToDictionary(l => l, l => (string?)string.Join(", ", entry.Keywords?.GetValueOrDefault(l) ?? [])),
        Documents = (entry.Documents ?? []).Select(d => new DocumentForm { Name = Texts(d.Name), Note = Texts(d.Note) }).ToList(),
    };

    /// <summary>The entry to store; documents ticked for removal are left out (and out of the form shown again).</summary>
    public CatalogFile.ServiceEntry ToEntry()
    {
        Documents.RemoveAll(d => d.Remove);
        return new CatalogFile.ServiceEntry(
            Id?.Trim(), Team, DurationMinutes, MinutesPerAdditionalPerson, MaxDaysAhead, MinNoticeHours,
            Values(Name), Values(Description),
            Documents.Select(d => new CatalogFile.DocumentEntry(Values(d.Name), Values(d.Note))).ToList(),
            Languages.All.ToDictionary(l => l, l => (Keywords.GetValueOrDefault(l) ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList()));
    }

    private static Dictionary<string, string?> Texts(Dictionary<string, string>? values) =>
        Languages.All.ToDictionary(l => l, l => values?.GetValueOrDefault(l));

    private static Dictionary<string, string> Values(Dictionary<string, string?> texts) =>
        texts.Where(t => Languages.All.Contains(t.Key) && !string.IsNullOrWhiteSpace(t.Value))
            .ToDictionary(t => t.Key, t => t.Value!);
}
