using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class ClockTimeParserTests
{
    public static TheoryData<string, string> Times => new()
    {
        { "10:30", "10:30" }, { "10.30", "10:30" }, { "10h30", "10:30" }, { "10 h 30", "10:30" }, { "10 Uhr 30", "10:30" },
        { "١٠:٣٠", "10:30" }, { "um 10 Uhr", "10:00" }, { "14:15 bitte", "14:15" }, { "at 3 pm", "15:00" }, { "9am", "09:00" },
        { "à 11h", "11:00" }, { "saat 10'da", "10:00" }, { "в 9:45", "09:45" }, { "о 10", "10:00" }, { "الساعة ١١", "11:00" },
        { "um 3", "15:00" }, { "den um 8:00", "08:00" },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void TryParse_ReadsTheTime(string text, string expected)
    {
        Assert.True(ClockTimeParser.TryParse(text, out var time));
        Assert.Equal(TimeOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("der zweite")]
    [InlineData("10:30 oder 11:00")]
    [InlineData("25:00")]
    [InlineData("")]
    public void TryParse_RefusesWhatIsNoSingleTime(string text) =>
        Assert.False(ClockTimeParser.TryParse(text, out _));
}
