using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation.Prompts;

public sealed class EmailPromptTests
{
    [Theory]
    [InlineData("anna@example.org", "result anna@example.org")]
    [InlineData("It is Anna.Weber+termin@mail.example.de.", "result Anna.Weber+termin@mail.example.de")]
    [InlineData("<anna@example.org>", "result anna@example.org")]
    [InlineData("anna@example", "retry:AskEmail")]
    [InlineData("anna@@example.org", "retry:AskEmail")]
    [InlineData("@example.org", "retry:AskEmail")]
    [InlineData("anna@example..org", "retry:AskEmail")]
    [InlineData("a@example.org or b@example.org", "retry:AskEmail")]
    [InlineData("no address", "retry:AskEmail")]
    public async Task ContinueDialogAsync_Answer_AcceptsOnlyOnePlausibleAddress(string answer, string expected)
    {
        var prompt = new EmailPrompt("Email", FakePromptRenderer.Instance);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, FakePromptRenderer.Ask("AskEmail")))
            .Send("hi").AssertReply("AskEmail")
            .Send(answer).AssertReply(expected)
            .StartTestAsync();
    }
}
