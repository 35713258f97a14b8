using Termine.Booking;
using Termine.Bot.Dialogs.Services;

namespace Termine.Bot.Tests.Dialogs.Services;

public sealed class ServiceMatcherTests
{
    private static readonly Termine.Booking.Catalog.ServiceCatalog Catalog = ShippedCatalog.Load();
    private static readonly ServiceMatcher Matcher = new(Catalog);

    public static TheoryData<string, string> CatalogNames
    {
        get
        {
            var rows = new TheoryData<string, string>();
            foreach (var service in Catalog.Services)
            {
                foreach (var language in Languages.All)
                {
                    rows.Add(language, service.Id);
                }
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(CatalogNames))]
    public void Read_EveryServiceName_FindsThatServiceAlone(string language, string serviceId)
    {
        var name = Catalog.Find(serviceId)!.Name[language];

        var reading = Matcher.Read(name, language);

        var one = Assert.IsType<ServiceReading.One>(reading);
        Assert.Equal(serviceId, one.Service.Id);
        Assert.True(one.IsCertain, $"{name}: {one.Confidence}");
        Assert.True(Matcher.NamesService(name, language));
    }

    [Theory]
    [MemberData(nameof(ServiceRows.Described), MemberType = typeof(ServiceRows))]
    public void Read_ADescribedOrMistypedService_FindsIt(string language, string text, string serviceId)
    {
        var reading = Matcher.Read(text, language);

        Assert.True(reading is ServiceReading.One one && one.Service.Id == serviceId,
            $"{text} → {reading.GetType().Name}: {string.Join(", ", reading.Services.Select(s => s.Id))}");
        Assert.Equal([serviceId], Matcher.Match(text, language).Select(s => s.Id));
    }

    [Theory]
    [MemberData(nameof(ServiceRows.NoService), MemberType = typeof(ServiceRows))]
    public void Read_TextWithoutAService_FindsNone(string language, string text)
    {
        var reading = Matcher.Read(text, language);

        Assert.True(reading is ServiceReading.None, $"{text} → {string.Join(", ", reading.Services.Select(s => s.Id))}");
    }

    [Theory]
    [MemberData(nameof(ServiceRows.Vague), MemberType = typeof(ServiceRows))]
    public void Read_AWordSeveralServicesShare_OffersThemWithoutCertainty(string language, string text)
    {
        var reading = Matcher.Read(text, language);

        Assert.False(reading.IsCertain, $"{text} → {string.Join(", ", reading.Services.Select(s => s.Id))}");
        Assert.InRange(reading.Services.Count, 1, 3);
    }

    [Theory]
    [MemberData(nameof(ServiceRows.Strong), MemberType = typeof(ServiceRows))]
    public void NamesService_AServiceNamedBesideACommandWord_IsStrong(string language, string text)
    {
        Assert.True(Matcher.NamesService(text, language), text);
    }

    [Theory]
    [MemberData(nameof(ServiceRows.Commands), MemberType = typeof(ServiceRows))]
    public void NamesService_ACommandAboutTheAppointment_IsNotAService(string language, string text)
    {
        Assert.False(Matcher.NamesService(text, language), text);
    }

    [Fact]
    public void Lookup_AMistypedWord_ComparesOnlyAFewCatalogWords()
    {
        var index = Matcher.Index;

        var found = index.Lookup("aufenthaltserlaubniss");

        Assert.Contains(found.Keys, w => index.WordAt(w) == "aufenthaltserlaubnis");
        Assert.True(index.Candidates("aufenthaltserlaubniss") * 20 < index.VocabularySize,
            $"{index.Candidates("aufenthaltserlaubniss")} of {index.VocabularySize}");
    }

    [Fact]
    public void Index_IsBuiltOncePerCatalogVersion()
    {
        var first = Matcher.Index;

        Matcher.Read("Blaue Karte", "de");

        Assert.Same(first, Matcher.Index);
    }
}
