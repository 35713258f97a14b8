using Termine.Booking.Localization;

namespace Termine.Booking.Tests.Localization;

/// <summary>
/// An appointment's day and time as residents read them in every language, written out character for character: the
/// e-mails, the chat, the pages and the printed confirmation all show these strings.
/// </summary>
public sealed class AppointmentTimesTests
{
    /// <summary>Tuesday 1 December 2026, 08:00 in Grevenbroich (winter time).</summary>
    private static readonly DateTimeOffset Tuesday8 = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Thursday 1 April 2027, 14:30 (summer time).</summary>
    private static readonly DateTimeOffset ThursdayAfternoon = new(2027, 4, 1, 14, 30, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData("de", "Dienstag, 1. Dezember 2026 um 08:00 Uhr")]
    [InlineData("en", "Tuesday 1 December 2026 at 08:00")]
    [InlineData("fr", "mardi 1 décembre 2026 à 8\u00A0h\u00A000")]
    [InlineData("tr", "1 Aralık 2026 Salı, saat 08:00")]
    [InlineData("ar", "الثلاثاء، 1 ديسمبر 2026، الساعة 08:00")]
    [InlineData("ru", "вторник, 1 декабря 2026 г., в 08:00")]
    [InlineData("uk", "вівторок, 1 грудня 2026 р. о 08:00")]
    public void Date_and_time_are_written_as_a_resident_of_that_language_reads_them(string language, string expected) =>
        Assert.Equal(expected, AppointmentTimes.DateAndTime(Tuesday8, language));

    [Theory]
    [InlineData("de", "Donnerstag, 1. April 2027", "14:30")]
    [InlineData("en", "Thursday 1 April 2027", "14:30")]
    [InlineData("fr", "jeudi 1 avril 2027", "14\u00A0h\u00A030")]
    [InlineData("tr", "1 Nisan 2027 Perşembe", "14:30")]
    [InlineData("ar", "الخميس، 1 أبريل 2027", "14:30")]
    [InlineData("ru", "четверг, 1 апреля 2027 г.", "14:30")]
    [InlineData("uk", "четвер, 1 квітня 2027 р.", "14:30")]
    public void Day_and_time_alone_are_the_parts_of_the_full_form(string language, string day, string time)
    {
        Assert.Equal(day, AppointmentTimes.Date(ThursdayAfternoon, language));
        Assert.Equal(day, AppointmentTimes.Date(DateOnly.FromDateTime(ThursdayAfternoon.DateTime), language));
        Assert.Equal(time, AppointmentTimes.Time(ThursdayAfternoon, language));
    }

    [Fact]
    public void Arabic_is_written_with_Arabic_commas_and_western_digits_and_without_bidi_marks()
    {
        // The date and time are digits and Arabic words only: digits are ordered within right-to-left text by the bidi
        // algorithm itself, so no mark is needed — the callers isolate only the Latin runs (references, phone numbers).
        var text = AppointmentTimes.DateAndTime(Tuesday8, "ar");

        Assert.Equal(2, text.Count(c => c == '\u060C'));
        Assert.DoesNotContain(',', text);
        Assert.DoesNotContain(text, c => c is >= '\u0660' and <= '\u0669');
        Assert.DoesNotContain(text, c => c is '\u200E' or '\u200F' or '\u061C' or >= '\u2066' and <= '\u2069');
    }

    [Fact]
    public void Turkish_writes_the_dotless_i_of_its_names_and_the_weekday_after_the_date()
    {
        Assert.Equal("31 Ağustos 2027 Salı", AppointmentTimes.Date(new DateOnly(2027, 8, 31), "tr"));
        Assert.Equal("5 Şubat 2027 Cuma", AppointmentTimes.Date(new DateOnly(2027, 2, 5), "tr"));
    }

    [Fact]
    public void An_unknown_language_is_written_in_German()
    {
        Assert.Equal(AppointmentTimes.DateAndTime(Tuesday8, "de"), AppointmentTimes.DateAndTime(Tuesday8, "xx"));
    }
}
