using Termine.Booking.Catalog;

namespace Termine.Bot.Tests.Dialogs.Services;

/// <summary>The catalog the county ships, as the host loads it.</summary>
internal static class ShippedCatalog
{
    private static readonly HashSet<string> Teams = ["residence", "employment", "humanitarian", "service"];

    public static ServiceCatalog Load() =>
        CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "catalog", "services.json"), Teams, 15);
}
