using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public async Task ContinueDialogAsync_TextWithSpaces_EndsWithTrimmedText()
    {
        var prompt = new TextPrompt("Name", FakePromptRenderer.Instance);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, FakePromptRenderer.Ask("AskName")))
            .Send("hi").AssertReply("AskName")
            .Send("  Anna Weber ").AssertReply("result Anna Weber")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_BlankMessage_AsksAgain()
    {
        var prompt = new TextPrompt("Name", FakePromptRenderer.Instance);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, FakePromptRenderer.Ask("AskName", "RetryName")))
            .Send("hi").AssertReply("AskName")
            .Send("   ").AssertReply("retry:RetryName")
            .StartTestAsync();
    }
}
