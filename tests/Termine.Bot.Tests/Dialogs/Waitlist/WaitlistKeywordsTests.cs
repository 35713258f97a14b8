using Termine.Booking;
using Termine.Bot.Dialogs;
using Termine.Bot.Dialogs.Services;

namespace Termine.Bot.Tests.Dialogs.Waitlist;

/// <summary>The phrases that ask for the waiting list: each once per language, and the common ones present.</summary>
public sealed class WaitlistKeywordsTests
{
    public static TheoryData<string> AllLanguages => new(Languages.All);

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void EachPhrase_IsListedOnce(string language)
    {
        var phrases = DialogTexts.Keywords("Keywords.Waitlist", language).Select(TextNormalizer.Normalize).ToList();

        Assert.Empty(phrases.GroupBy(p => p).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [InlineData("de", "Warteliste")]
    [InlineData("en", "waiting list")]
    [InlineData("fr", "liste d'attente")]
    [InlineData("tr", "bekleme listesi")]
    [InlineData("ar", "قائمة الانتظار")]
    [InlineData("ru", "лист ожидания")]
    [InlineData("ru", "список ожидания")]
    [InlineData("ru", "поставить в очередь")]
    [InlineData("uk", "лист очікування")]
    [InlineData("uk", "список очікування")]
    public void TheCommonPhrasings_AreListed(string language, string phrase) =>
        Assert.Contains(TextNormalizer.Normalize(phrase), DialogTexts.Keywords("Keywords.Waitlist", language).Select(TextNormalizer.Normalize));
}
