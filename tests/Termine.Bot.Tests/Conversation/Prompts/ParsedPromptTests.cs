using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation.Prompts;

public sealed class ParsedPromptTests
{
    [Fact]
    public async Task ContinueDialogAsync_ParserUnderstandsTheAnswer_EndsWithItsValue()
    {
        var prompt = new ParsedPrompt<DayWish>("Day", FakePromptRenderer.Instance, ParseDay);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, FakePromptRenderer.Ask("AskDay"), wish => wish.Day.ToString()))
            .Send("hi").AssertReply("AskDay")
            .Send("whenever").AssertReply("retry:AskDay")
            .Send("next tuesday").AssertReply("result Tuesday")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_ValidatorRejectsParsedValue_AsksAgain()
    {
        var prompt = new ParsedPrompt<DayWish>("Day", FakePromptRenderer.Instance, ParseDay,
            (context, _) => Task.FromResult(context.Recognized.Value?.Day != DayOfWeek.Sunday));

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, FakePromptRenderer.Ask("AskDay", "ClosedOnSunday")))
            .Send("hi").AssertReply("AskDay")
            .Send("sunday").AssertReply("retry:ClosedOnSunday")
            .StartTestAsync();
    }

    private static DayWish? ParseDay(string text) =>
        Enum.GetValues<DayOfWeek>().Where(day => text.Contains(day.ToString(), StringComparison.OrdinalIgnoreCase))
            .Select(day => new DayWish(day))
            .FirstOrDefault();

    private sealed record DayWish(DayOfWeek Day);
}
