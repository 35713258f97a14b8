using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation.Prompts;

public sealed class ConfirmPromptTests
{
    [Theory]
    [InlineData("yes", "result True")]
    [InlineData("Yes, please!", "result True")]
    [InlineData("no", "result False")]
    [InlineData("nope", "result False")]
    [InlineData("maybe", "retry:AskConfirm")]
    [InlineData("yes no", "retry:AskConfirm")]
    public async Task ContinueDialogAsync_DefaultRecognizer_UnderstandsEnglishYesNo(string answer, string expected)
    {
        var prompt = new ConfirmPrompt("Confirm", FakePromptRenderer.Instance);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, FakePromptRenderer.Ask("AskConfirm")))
            .Send("hi").AssertReply("AskConfirm")
            .Send(answer).AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_PluggedRecognizer_UsesItInsteadOfEnglish()
    {
        var prompt = new ConfirmPrompt("Confirm", FakePromptRenderer.Instance, recognizer: text => text.Trim() switch
        {
            "ja" => true,
            "nein" => false,
            _ => null,
        });

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, FakePromptRenderer.Ask("AskConfirm")))
            .Send("hi").AssertReply("AskConfirm")
            .Send("yes").AssertReply("retry:AskConfirm")
            .Send("ja").AssertReply("result True")
            .StartTestAsync();
    }
}
