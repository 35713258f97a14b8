using System.ComponentModel.DataAnnotations;

namespace Termine.Booking.Catalog;

public sealed class CatalogOptions
{
    public const string SectionName = "Termine:Catalog";

    /// <summary>The catalog data file; a relative path is taken from the host's content root (the folder of the binaries).</summary>
    [Required]
    public string Path { get; set; } = "catalog/services.json";
}
