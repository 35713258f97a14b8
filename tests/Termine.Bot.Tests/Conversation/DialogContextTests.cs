using Microsoft.Bot.Builder;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation;

public sealed class DialogContextTests
{
    private readonly DialogTestHost _host = new();

    [Fact]
    public async Task ReplaceDialogAsync_LoopingWaterfall_StartsAgainWithFreshValuesAndDoesNotResumeTheParent()
    {
        var loop = new WaterfallDialog<CounterValues>("Loop",
        [
            (step, ct) => step.PromptAsync(nameof(TextPrompt), FakePromptRenderer.Ask("AskWord"), ct),
            async (step, ct) =>
            {
                step.Values.Count++;
                await step.Context.SendActivityAsync($"{step.Result} {step.Values.Count}", cancellationToken: ct);
                return step.ResultAs<string>() == "stop"
                    ? await step.EndDialogAsync("stopped", ct)
                    : await step.ReplaceDialogAsync("Loop", cancellationToken: ct);
            },
        ]);
        var parent = new WaterfallDialog<CounterValues>("Parent",
        [
            (step, ct) => step.BeginDialogAsync("Loop", cancellationToken: ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"parent got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);

        await _host.Flow(() => DialogTestHost.Root(parent, loop, new TextPrompt(nameof(TextPrompt), FakePromptRenderer.Instance)))
            .Send("hi").AssertReply("AskWord")
            .Send("again").AssertReply("again 1").AssertReply("AskWord")
            .Send("stop").AssertReply("stop 1").AssertReply("parent got stopped")
            .StartTestAsync();
    }

    [Fact]
    public async Task CancelAllDialogsAsync_StackWithDialogs_EndsEachWithCancelAndReturnsCancelled()
    {
        var ended = new List<string>();
        var set = new DialogSet()
            .Add(new RecordingDialog("A", ended))
            .Add(new RecordingDialog("B", ended));
        var state = new DialogState();

        var (first, second, third) = await RunInTurnAsync(async turnContext =>
        {
            var dc = new DialogContext(set, turnContext, state);
            await dc.BeginDialogAsync("A");
            await dc.BeginDialogAsync("B");
            return (await dc.CancelAllDialogsAsync(), dc.Stack.Count, (await dc.CancelAllDialogsAsync()).Status);
        });

        Assert.Equal(DialogTurnStatus.Cancelled, first.Status);
        Assert.Equal(0, second);
        Assert.Equal(DialogTurnStatus.Empty, third);
        Assert.Equal(["B:CancelCalled", "A:CancelCalled"], ended);
    }

    [Fact]
    public async Task ContinueDialogAsync_EmptyStack_ReturnsEmpty()
    {
        var result = await RunInTurnAsync(turnContext =>
            new DialogContext(new DialogSet(), turnContext, new DialogState()).ContinueDialogAsync());

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_ThrowsNamingTheId()
    {
        var error = await RunInTurnAsync(turnContext => Assert.ThrowsAsync<InvalidOperationException>(
            () => new DialogContext(new DialogSet(), turnContext, new DialogState()).BeginDialogAsync("Missing")));

        Assert.Contains("'Missing'", error.Message);
    }

    [Fact]
    public async Task EndDialogAsync_LastDialogOnTheStack_ReturnsCompleteWithTheResult()
    {
        var set = new DialogSet().Add(new RecordingDialog("A", []));

        var result = await RunInTurnAsync(async turnContext =>
        {
            var dc = new DialogContext(set, turnContext, new DialogState());
            await dc.BeginDialogAsync("A");
            return await dc.EndDialogAsync(42);
        });

        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 42), result);
    }

    private static async Task<T> RunInTurnAsync<T>(Func<ITurnContext, Task<T>> action)
    {
        using var turnContext = TestTurn.Create();
        return await action(turnContext);
    }

    private sealed record CounterValues
    {
        public int Count { get; set; }
    }

    /// <summary>Waits forever and writes down how it ended.</summary>
    private sealed class RecordingDialog(string id, List<string> ended) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
            Task.FromResult(EndOfTurn);

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        {
            ended.Add($"{instance.Id}:{reason}");
            return Task.CompletedTask;
        }
    }
}
