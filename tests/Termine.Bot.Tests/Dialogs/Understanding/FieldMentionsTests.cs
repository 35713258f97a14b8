using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

/// <summary>The fields a correction at the summary names, and the new value after the field's name.</summary>
public sealed class FieldMentionsTests
{
    [Theory]
    [InlineData("de", "Die E-Mail ist falsch", BookingField.Email)]
    [InlineData("en", "the phone number is wrong", BookingField.Phone)]
    [InlineData("fr", "mon nom est mal écrit", BookingField.Name)]
    [InlineData("tr", "doğum tarihim yanlış", BookingField.BirthDate)]
    [InlineData("ar", "البريد الإلكتروني خطأ", BookingField.Email)]
    [InlineData("ru", "неправильная дата рождения", BookingField.BirthDate)]
    [InlineData("uk", "змініть кількість осіб", BookingField.Persons)]
    public void Read_NamesTheField(string language, string text, BookingField field)
    {
        Assert.Contains(field, FieldMentions.Read(text, language));
        Assert.True(FieldMentions.SaysWrong(text, language));
    }

    [Theory]
    [InlineData("de", "Bitte ändern Sie den Namen auf Anna Müller", "Anna Müller")]
    [InlineData("en", "change the name to Anna Miller, please", "Anna Miller")]
    [InlineData("fr", "Non, changez le nom pour Claire Tremblay-Gagnon, s'il vous plaît.", "Claire Tremblay-Gagnon")]
    [InlineData("ru", "имя должно быть Анна Смирнова", "Анна Смирнова")]
    [InlineData("uk", "ім'я має бути Олена Коваль", "Олена Коваль")]
    public void After_GivesTheNewValue(string language, string text, string value) =>
        Assert.Equal(value, FieldMentions.After(text, BookingField.Name, language));
}
