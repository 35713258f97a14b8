using System.Text.Json.Nodes;
using Termine.Booking.Catalog;

namespace Termine.Booking.Tests.Catalog;

public sealed class CatalogLoaderTests
{
    private static readonly HashSet<string> Teams = ["residence", "employment", "humanitarian", "service"];
    private static readonly string ShippedCatalog = Path.Combine(AppContext.BaseDirectory, "catalog", "services.json");

    [Fact]
    public void Load_ShippedCatalog_HasAtLeastTwelveServicesInAllSevenLanguages()
    {
        var catalog = CatalogLoader.Load(ShippedCatalog, Teams, 15);

        Assert.True(catalog.Services.Count >= 12);
        Assert.All(catalog.Services, s =>
        {
            Assert.All(Languages.All, l => Assert.False(string.IsNullOrWhiteSpace(s.Name[l])));
            Assert.InRange(s.Documents.Count, 1, 10);
        });
    }

    [Fact]
    public void Load_ShippedCatalog_TranslationsAreNotCopiesOfEachOther()
    {
        var catalog = CatalogLoader.Load(ShippedCatalog, Teams, 15);

        Assert.All(catalog.Services, s =>
        {
            Assert.Equal(7, Languages.All.Select(l => s.Description[l]).Distinct().Count());
            Assert.NotEqual(s.Name["ru"], s.Name["uk"]);
        });
    }

    [Fact]
    public void Load_MissingAndEmptyTranslations_NamesEachOne()
    {
        var json = JsonNode.Parse(File.ReadAllText(ShippedCatalog))!;
        var first = json["services"]![0]!;
        first["name"]!.AsObject().Remove("uk");
        first["documents"]![0]!["note"]!["tr"] = " ";
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<CatalogInvalidException>(() => CatalogLoader.Load(path, Teams, 15));

        Assert.Contains("services[0].name.uk is missing or empty", error.Problems);
        Assert.Contains("services[0].documents[0].note.tr is missing or empty", error.Problems);
        Assert.Contains("name.uk", error.Message);
        File.Delete(path);
    }

    [Fact]
    public void Load_UnknownTeamAndOddDuration_AreRefused()
    {
        var json = JsonNode.Parse(File.ReadAllText(ShippedCatalog))!;
        json["services"]![0]!["team"] = "nobody";
        json["services"]![1]!["durationMinutes"] = 20;
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());

        var error = Assert.Throws<CatalogInvalidException>(() => CatalogLoader.Load(path, Teams, 15));

        Assert.Contains(error.Problems, p => p.Contains("team 'nobody'"));
        Assert.Contains(error.Problems, p => p.Contains("durationMinutes must be a multiple of 15"));
        File.Delete(path);
    }
}
