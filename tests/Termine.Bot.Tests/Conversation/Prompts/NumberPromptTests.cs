using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("3", "result 3")]
    [InlineData("we are 2 people", "result 2")]
    [InlineData("٣", "result 3")]
    [InlineData("3 or 4", "retry:AskPersons")]
    [InlineData("a few", "retry:AskPersons")]
    public async Task ContinueDialogAsync_DigitsOnly_RecognisesExactlyOneNumber(string answer, string expected)
    {
        var prompt = new NumberPrompt("Persons", FakePromptRenderer.Instance);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, FakePromptRenderer.Ask("AskPersons")))
            .Send("hi").AssertReply("AskPersons")
            .Send(answer).AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_NumberWordWithRecognizer_UsesTheRecognizer()
    {
        var prompt = new NumberPrompt("Persons", FakePromptRenderer.Instance, recognizer: text => text.Trim() == "drei" ? 3 : null);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, FakePromptRenderer.Ask("AskPersons")))
            .Send("hi").AssertReply("AskPersons")
            .Send("vier").AssertReply("retry:AskPersons")
            .Send("drei").AssertReply("result 3")
            .StartTestAsync();
    }
}
