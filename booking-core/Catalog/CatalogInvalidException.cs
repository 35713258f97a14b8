namespace Termine.Booking.Catalog;

/// <summary>Start-up stops with this when the catalog data file is incomplete; the message names every problem.</summary>
public sealed class CatalogInvalidException(string path, IReadOnlyList<string> problems)
    : Exception($"The service catalog '{path}' is not valid:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
