using System.Globalization;
using Termine.Booking.Localization;

namespace Termine.Booking.Tests.Localization;

public sealed class PluralTests
{
    [Theory]
    [InlineData("ru", 1, "1 минута")]
    [InlineData("ru", 2, "2 минуты")]
    [InlineData("ru", 5, "5 минут")]
    [InlineData("ru", 10, "10 минут")]
    [InlineData("ru", 11, "11 минут")]
    [InlineData("ru", 12, "12 минут")]
    [InlineData("ru", 21, "21 минута")]
    [InlineData("ru", 22, "22 минуты")]
    [InlineData("uk", 21, "21 хвилина")]
    [InlineData("uk", 14, "14 хвилин")]
    [InlineData("ar", 1, "دقيقة واحدة")]
    [InlineData("ar", 2, "دقيقتان")]
    [InlineData("ar", 10, "10 دقائق")]
    [InlineData("ar", 15, "15 دقيقة")]
    [InlineData("ar", 100, "100 دقيقة")]
    [InlineData("ar", 103, "103 دقائق")]
    [InlineData("en", 1, "1 minute")]
    [InlineData("en", 10, "10 minutes")]
    public void A_count_takes_its_languages_form(string language, int n, string expected)
    {
        var forms = language switch
        {
            "ru" => "# минута|# минуты|# минут",
            "uk" => "# хвилина|# хвилини|# хвилин",
            "ar" => "دقيقة واحدة|دقيقتان|# دقائق|# دقيقة|# دقيقة",
            _ => "# minute|# minutes",
        };

        Assert.Equal(expected, Plural.Pick(forms, n, language).Replace("#", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_names_its_forms_in_the_format_item_and_other_arguments_format_as_before()
    {
        var culture = CultureInfo.GetCultureInfo("ru");
        var text = string.Format(new PluralFormatter(culture, "ru"), "{0:N1}: на {1:plural:# минуту|# минуты|# минут}, {2} человека", 1.5, 2, 2);

        Assert.Equal("1,5: на 2 минуты, 2 человека", text);
    }
}
