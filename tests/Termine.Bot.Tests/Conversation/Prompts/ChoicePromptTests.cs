using Microsoft.Bot.Builder;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly PromptOptions AskDaytime = FakePromptRenderer.Ask("AskDaytime", "RetryDaytime") with
    {
        Choices =
        [
            new Choice("morning") { Title = "Vormittag", Synonyms = ["früh"] },
            new Choice("afternoon") { Title = "Nachmittag", Synonyms = ["spät"] },
        ],
    };

    [Theory]
    [InlineData("2", "afternoon 1")]
    [InlineData("VORMITTAG", "morning 0")]
    [InlineData("lieber spat bitte", "afternoon 1")]
    [InlineData("the second one", "afternoon 1")]
    public async Task ContinueDialogAsync_ChoiceNamedByNumberTitleSynonymOrOrdinal_EndsWithFoundChoice(string answer, string expected)
    {
        var prompt = new ChoicePrompt("Daytime", FakePromptRenderer.Instance, ordinalRecognizer: Ordinal);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, AskDaytime, found => $"{found.Value} {found.Index}"))
            .Send("hi").AssertReply("AskDaytime")
            .Send(answer).AssertReply("result " + expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("3")]
    [InlineData("evening")]
    [InlineData("früh oder spät")]
    public async Task ContinueDialogAsync_NoSingleChoiceNamed_SendsRetryPrompt(string answer)
    {
        var prompt = new ChoicePrompt("Daytime", FakePromptRenderer.Instance);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, AskDaytime))
            .Send("hi").AssertReply("AskDaytime")
            .Send(answer).AssertReply("retry:RetryDaytime")
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialogAsync_WithChoices_RendererGetsThemForButtons()
    {
        var prompt = new ChoicePrompt("Daytime", FakePromptRenderer.Instance);

        await new DialogTestHost().Flow(() => PromptTests.Asking(prompt, AskDaytime))
            .Send("hi").AssertReply(activity => Assert.Equal(
                ["Vormittag", "Nachmittag"],
                activity.AsMessageActivity().SuggestedActions.Actions.Select(action => action.Title)))
            .StartTestAsync();
    }

    private static int? Ordinal(string text) => text.Contains("second", StringComparison.OrdinalIgnoreCase) ? 2 : null;
}
