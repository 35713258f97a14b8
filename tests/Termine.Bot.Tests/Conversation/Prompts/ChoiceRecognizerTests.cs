using Termine.Bot.Conversation.Prompts;

namespace Termine.Bot.Tests.Conversation.Prompts;

public sealed class ChoiceRecognizerTests
{
    private static readonly Choice[] Services =
    [
        new("passport") { Title = "Reisepass beantragen", Synonyms = ["pass", "passport"] },
        new("residence") { Title = "Aufenthaltstitel verlängern", Synonyms = ["visa", "visum"] },
        new("registration") { Title = "Anmeldung", Synonyms = ["umzug", "déménagement"] },
    ];

    [Theory]
    [InlineData("Reisepass beantragen", "passport", 1.0)]
    [InlineData("VISUM", "residence", 1.0)]
    [InlineData("demenagement", "registration", 1.0)]
    [InlineData("3", "registration", 1.0)]
    [InlineData("my visa runs out", "residence", 0.25)]
    [InlineData("ich möchte meinen Reisepass beantragen!", "passport", 0.4)]
    public void Recognize_AnswerNamesOneChoice_FindsItWithScore(string text, string value, double score)
    {
        var found = ChoiceRecognizer.Recognize(text, Services);

        Assert.NotNull(found);
        Assert.Equal(value, found.Value);
        Assert.Equal(Array.FindIndex(Services, choice => choice.Value == value), found.Index);
        Assert.Equal(score, found.Score, precision: 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("pass oder visum")]
    [InlineData("something else")]
    public void Recognize_AnswerNamesNoSingleChoice_ReturnsNull(string text)
    {
        Assert.Null(ChoiceRecognizer.Recognize(text, Services));
    }

    [Fact]
    public void Recognize_TermMatchesTheWholeAnswer_WinsOverANumberInsideIt()
    {
        Choice[] times = [new("10:00"), new("10:30")];

        var found = ChoiceRecognizer.Recognize("10:30", times);

        Assert.Equal("10:30", found?.Value);
    }

    [Fact]
    public void Recognize_OrdinalRecognizerReturnsPosition_FindsThatChoice()
    {
        var found = ChoiceRecognizer.Recognize("die zweite", Services, text => text.EndsWith("zweite", StringComparison.Ordinal) ? 2 : null);

        Assert.Equal(new FoundChoice("residence", 1, 1.0), found);
    }

    [Fact]
    public void Recognize_OrdinalRecognizerReturnsPositionOutOfRange_ReturnsNull()
    {
        Assert.Null(ChoiceRecognizer.Recognize("the tenth", Services, _ => 10));
    }
}
