using Termine.Bot.Dialogs;
using Termine.Bot.Dialogs.Questions;

namespace Termine.Bot.Tests.Texts;

/// <summary>Minutes and persons are counted in the form the number asks for, from the real resources.</summary>
public sealed class CountedTextsTests
{
    [Theory]
    [InlineData("ru", 10, "10 минут.")]
    [InlineData("ru", 1, "1 минуту.")]
    [InlineData("ru", 2, "2 минуты.")]
    [InlineData("ru", 21, "21 минуту.")]
    [InlineData("uk", 2, "2 хвилини.")]
    [InlineData("uk", 10, "10 хвилин.")]
    [InlineData("ar", 10, "10 دقائق.")]
    [InlineData("ar", 2, "لمدة دقيقتين.")]
    [InlineData("ar", 15, "15 دقيقة.")]
    [InlineData("en", 10, "10 minutes.")]
    public void The_hold_counts_its_minutes(string language, int minutes, string ending) =>
        Assert.EndsWith(ending, DialogTexts.Texts.Get("Slots.Held", language, "X", minutes));

    [Theory]
    [InlineData("ru", 2, 45, "Для 2 человек приём длится примерно 45 минут.")]
    [InlineData("ru", 21, 330, "Для 21 человека приём длится примерно 330 минут.")]
    [InlineData("uk", 3, 61, "Для 3 осіб прийом триває приблизно 61 хвилину.")]
    [InlineData("ar", 2, 45, "يستغرق موعد شخصين 45 دقيقة تقريبًا.")]
    [InlineData("ar", 5, 90, "يستغرق موعد 5 أشخاص 90 دقيقة تقريبًا.")]
    public void The_duration_counts_persons_and_minutes(string language, int persons, int minutes, string expected) =>
        Assert.Equal(expected, AnswerTexts.Texts.Get("Duration.Persons", language, minutes, persons));
}
