using Termine.Bot.Dialogs.Waitlist;

namespace Termine.Bot.Tests.Dialogs.Waitlist;

/// <summary>The waiting window in the summary: period, weekdays joined as each language joins them, and the times.</summary>
public sealed class WaitlistWindowTextTests
{
    private static readonly WaitlistForm MondaysAndThursdaysInTheMorning = new()
    {
        WindowAnswered = true,
        From = new DateOnly(2026, 12, 1),
        To = new DateOnly(2026, 12, 31),
        Weekdays = [DayOfWeek.Thursday, DayOfWeek.Monday],
        NotAfter = new TimeOnly(12, 0),
    };

    [Theory]
    [InlineData("de", "1. Dezember 2026 bis 31. Dezember 2026\nWochentage: Montag und Donnerstag\nUhrzeit: vormittags")]
    [InlineData("en", "1 December 2026 to 31 December 2026\nWeekdays: Monday and Thursday\nTime: in the morning")]
    [InlineData("fr", "du 1 décembre 2026 au 31 décembre 2026\nJours\u202f: lundi et jeudi\nHoraire\u202f: le matin")]
    [InlineData("tr", "1 Aralık 2026 ile 31 Aralık 2026 arası\nGünler: Pazartesi ve Perşembe\nSaat: öğleden önce")]
    [InlineData("ar", "الأيام: الاثنين والخميس\nالوقت: في الفترة الصباحية")]
    [InlineData("ru", "с 1 декабря 2026 по 31 декабря 2026\nДни недели: понедельник и четверг\nВремя: в первой половине дня")]
    [InlineData("uk", "з 1 грудня 2026 по 31 грудня 2026\nДні тижня: понеділок і четвер\nЧас: у першій половині дня")]
    public void AWindowWithWeekdaysAndAPartOfTheDay_IsReadBackInFull(string language, string expected) =>
        Assert.EndsWith(expected, WaitlistWindowText.Format(MondaysAndThursdaysInTheMorning, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("de", "Montag, Mittwoch und Freitag")]
    [InlineData("en", "Monday, Wednesday and Friday")]
    [InlineData("fr", "lundi, mercredi et vendredi")]
    [InlineData("tr", "Pazartesi, Çarşamba ve Cuma")]
    [InlineData("ar", "الاثنين، الأربعاء والجمعة")]
    [InlineData("ru", "понедельник, среда и пятница")]
    [InlineData("uk", "понеділок, середа і п’ятниця")]
    public void ThreeWeekdays_AreJoinedAsTheLanguageJoinsThem(string language, string expected) =>
        Assert.Equal(expected, WaitlistWindowText.Weekdays([DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday], language));

    [Theory]
    [InlineData(10, 0, 14, 0, "Uhrzeit: Beginn zwischen 10:00 und 14:00 Uhr")]
    [InlineData(12, 0, null, null, "Uhrzeit: nachmittags")]
    [InlineData(9, 30, null, null, "Uhrzeit: Beginn ab 09:30 Uhr")]
    [InlineData(null, null, 11, 0, "Uhrzeit: Beginn vor 11:00 Uhr")]
    public void StartTimes_AreSaidAsAPartOfTheDayOrAsLimits(int? fromHour, int? fromMinute, int? beforeHour, int? beforeMinute, string expected)
    {
        var form = new WaitlistForm
        {
            WindowAnswered = true,
            From = new DateOnly(2026, 12, 3),
            To = new DateOnly(2026, 12, 3),
            NotBefore = fromHour is { } h ? new TimeOnly(h, fromMinute ?? 0) : null,
            NotAfter = beforeHour is { } b ? new TimeOnly(b, beforeMinute ?? 0) : null,
        };

        Assert.Equal("3. Dezember 2026\n" + expected, WaitlistWindowText.Format(form, "de"));
    }

    [Fact]
    public void TheDefaultWindow_IsAnyTime() =>
        Assert.Equal(Termine.Bot.Dialogs.DialogTexts.Texts["Waitlist.AnyTime", "en"], WaitlistWindowText.Format(new WaitlistForm { WindowAnswered = true }, "en"));
}
