using System.Text.Json;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation.Prompts;

/// <summary>The behaviour every prompt shares, shown with <see cref="NumberPrompt"/> and <see cref="TextPrompt"/>.</summary>
public sealed class PromptTests
{
    private readonly DialogTestHost _host = new();

    [Fact]
    public async Task ContinueDialogAsync_ValidatorRejects_SendsRetryPromptAndCountsAttempts()
    {
        var attempts = new List<int>();
        var prompt = new NumberPrompt("Persons", FakePromptRenderer.Instance, (context, _) =>
        {
            attempts.Add(context.AttemptCount);
            var limits = context.Options.Validations.Deserialize<PersonLimits>()!;
            return Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value <= limits.Max);
        });
        var options = FakePromptRenderer.Ask("AskPersons", "TooMany") with
        {
            Validations = JsonSerializer.SerializeToNode(new PersonLimits(Max: 5)),
        };

        await _host.Flow(() => Asking(prompt, options))
            .Send("hi").AssertReply("AskPersons")
            .Send("9").AssertReply("retry:TooMany")
            .Send("many").AssertReply("retry:TooMany")
            .Send("4").AssertReply("result 4")
            .StartTestAsync();

        Assert.Equal([1, 2, 3], attempts);
    }

    [Fact]
    public async Task ContinueDialogAsync_NotRecognisedWithoutRetryPrompt_AsksTheQuestionAgainAsRetry()
    {
        var prompt = new NumberPrompt("Persons", FakePromptRenderer.Instance);

        await _host.Flow(() => Asking(prompt, FakePromptRenderer.Ask("AskPersons")))
            .Send("hi").AssertReply("AskPersons")
            .Send("several").AssertReply("retry:AskPersons")
            .Send("2").AssertReply("result 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_ValidatorSendsItsOwnReply_NoRetryPrompt()
    {
        var prompt = new TextPrompt("Name", FakePromptRenderer.Instance, async (context, ct) =>
        {
            if (context.AttemptCount < 2)
            {
                await context.Context.SendActivityAsync("Please write your full name.", cancellationToken: ct);
                return false;
            }

            return true;
        });

        await _host.Flow(() => Asking(prompt, FakePromptRenderer.Ask("AskName", "RetryName")))
            .Send("hi").AssertReply("AskName")
            .Send("A").AssertReply("Please write your full name.")
            .Send("Anna Weber").AssertReply("result Anna Weber")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_SomethingWasSentEarlierInTheTurn_StillSendsRetryPrompt()
    {
        var prompt = new NumberPrompt("Persons", FakePromptRenderer.Instance, (context, _) => Task.FromResult(context.Recognized.Succeeded));

        await _host.Flow(() => new NotingDialog(Asking(prompt, FakePromptRenderer.Ask("AskPersons", "RetryPersons"))))
            .Send("hi").AssertReply("AskPersons")
            .Send("several").AssertReply("noted").AssertReply("retry:RetryPersons")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_ActivityIsNotAMessage_KeepsWaitingSilently()
    {
        var prompt = new NumberPrompt("Persons", FakePromptRenderer.Instance);

        await _host.Flow(() => Asking(prompt, FakePromptRenderer.Ask("AskPersons")))
            .Send("hi").AssertReply("AskPersons")
            .Send(new Activity(ActivityTypes.Typing)).AssertNoReply("typing is ignored", 300)
            .Send("3").AssertReply("result 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialogAsync_RendererLeftNoInputHint_MarksThePromptAsExpectingInput()
    {
        var prompt = new TextPrompt("Name", FakePromptRenderer.Instance);

        await _host.Flow(() => Asking(prompt, FakePromptRenderer.Ask("AskName")))
            .Send("hi").AssertReply(activity => Assert.Equal(InputHints.ExpectingInput, ((IMessageActivity)activity).InputHint))
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialogAsync_OptionsAreNotPromptOptions_Throws()
    {
        var starter = new WaterfallDialog<Nothing>("Starter", [(step, ct) => step.BeginDialogAsync("Name", "not options", ct)]);
        var root = DialogTestHost.Root(starter, new TextPrompt("Name", FakePromptRenderer.Instance));

        await Assert.ThrowsAsync<ArgumentException>(() => _host.Flow(() => root).Send("hi").StartTestAsync());
    }

    /// <summary>A root that asks with <paramref name="prompt"/> and then says what it got ("result …").</summary>
    internal static ComponentDialog Asking<T>(Prompt<T> prompt, PromptOptions options, Func<T, string>? describe = null) => DialogTestHost.Root(
        new WaterfallDialog<Nothing>("Ask",
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                var text = describe is null ? step.Result?.ToString() : describe(step.ResultAs<T>()!);
                await step.Context.SendActivityAsync($"result {text}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]),
        prompt);

    internal sealed class Nothing;

    private sealed record PersonLimits(int Max);

    /// <summary>Sends a note before every message reaches its inner dialogs, as an interruption check might.</summary>
    private sealed class NotingDialog : ComponentDialog
    {
        public NotingDialog(ComponentDialog inner)
            : base("Noting") => AddDialog(inner);

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            await innerDc.Context.SendActivityAsync("noted", cancellationToken: cancellationToken);
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }
}
