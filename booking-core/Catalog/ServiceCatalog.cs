namespace Termine.Booking.Catalog;

/// <summary>The validated service catalog, loaded once at start from the data file.</summary>
public sealed class ServiceCatalog(IReadOnlyList<ServiceDefinition> services)
{
    private readonly Dictionary<string, ServiceDefinition> _byId =
        services.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ServiceDefinition> Services { get; } = services;

    public ServiceDefinition? Find(string? id) =>
        id is not null && _byId.TryGetValue(id, out var service) ? service : null;
}
