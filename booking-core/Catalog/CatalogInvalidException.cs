using Termine.Booking.Settings;

namespace Termine.Booking.Catalog;

/// <summary>Start-up stops with this when the catalog is incomplete; the message names every problem.</summary>
public sealed class CatalogInvalidException(string source, IReadOnlyList<SettingsProblem> problems)
    : Exception($"The service catalog '{source}' is not valid:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", problems)}")
{
    /// <summary>The catalog file's path, or "stored settings".</summary>
    public string Catalog { get; } = source;

    public IReadOnlyList<string> Problems { get; } = problems.Select(p => p.ToString()).ToList();
}
