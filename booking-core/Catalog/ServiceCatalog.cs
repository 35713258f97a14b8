namespace Termine.Booking.Catalog;

/// <summary>
/// The validated service catalog: from the data file at start, replaced as a whole when an administrator saves a
/// change (or another host did). Readers see one consistent snapshot; a replacement swaps it in one write.
/// </summary>
public sealed class ServiceCatalog(IReadOnlyList<ServiceDefinition> services)
{
    private volatile Snapshot _current = new(services, Version: 0);

    public IReadOnlyList<ServiceDefinition> Services => _current.Services;

    /// <summary>The stored document's version this catalog came from; 0 for the data file.</summary>
    public long Version => _current.Version;

    public ServiceDefinition? Find(string? id) =>
        id is not null && _current.ById.TryGetValue(id, out var service) ? service : null;

    private readonly Lock _replacing = new();

    /// <summary>Takes a newer version only: the saving editor and the refresher may both bring the same one.</summary>
    internal void Replace(IReadOnlyList<ServiceDefinition> services, long version)
    {
        lock (_replacing)
        {
            if (version > _current.Version)
            {
                _current = new Snapshot(services, version);
            }
        }
    }

    private sealed record Snapshot(IReadOnlyList<ServiceDefinition> Services, long Version)
    {
        public Dictionary<string, ServiceDefinition> ById { get; } =
            Services.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
    }
}
