using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class InputTextTests
{
    [Theory]
    [InlineData("ÖĞLEDEN SONRA", "ogleden sonra")]
    [InlineData("İKİ kişi", "iki kisi")]
    [InlineData("Après-midi, DÉCEMBRE", "apres-midi, decembre")]
    [InlineData("Übermorgen", "ubermorgen")]
    [InlineData("غدًا إن شاء الله", "غدا ان شاء الله")]
    [InlineData("الجمعة القادمة", "الجمعه القادمه")]
    [InlineData("١٥ ديسمبر", "15 ديسمبر")]
    [InlineData("у п’ятницю, пʼятницю", "у п'ятницю, п'ятницю")]
    [InlineData("ещё  Днём", "еще днем")]
    public void Folded_IsWhatOurTablesAreWrittenAgainst(string text, string folded) =>
        Assert.Equal(folded, InputText.From(text).Folded);

    [Theory]
    [InlineData("  Donnerstag   Vormittag ")]
    [InlineData("Aralık’tan sonra")]
    [InlineData("الْخَمِيس صَبَاحًا")]
    public void CleanAndFolded_HaveTheSameLength_SoRecognizerPositionsHoldInBoth(string text)
    {
        var input = InputText.From(text);

        Assert.Equal(input.Clean.Length, input.Folded.Length);
    }
}
