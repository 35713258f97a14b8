using Termine.Booking.Settings;

namespace Termine.Booking.Catalog;

/// <summary>A catalog document checked: its services when <see cref="Problems"/> is empty.</summary>
public sealed record CatalogValidation(IReadOnlyList<ServiceDefinition> Services, IReadOnlyList<SettingsProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
