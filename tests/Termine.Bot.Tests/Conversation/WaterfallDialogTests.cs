using Microsoft.Bot.Builder;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation;

public sealed class WaterfallDialogTests
{
    private readonly DialogTestHost _host = new();

    [Fact]
    public async Task BeginDialogAsync_StepsWithPrompts_RunInOrderAndCollectTypedValues()
    {
        await _host.Flow(PersonRoot)
            .Send("hi").AssertReply("AskName")
            .Send("Anna").AssertReply("AskAge")
            .Send("42").AssertReply("Anna is 42 (Int32)")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, _host.Results[^1].Status);
    }

    [Fact]
    public async Task NextAsync_StepSkipsAhead_NextStepGetsResultAndValuesInSameTurn()
    {
        var waterfall = new WaterfallDialog<CounterValues>("Steps",
        [
            async (step, ct) =>
            {
                step.Values.Count = 7;
                return await step.NextAsync("skipped", ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"{step.ResultAs<string>()} {step.Values.Count} {step.Reason}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);

        await _host.Flow(() => DialogTestHost.Root(waterfall))
            .Send("hi").AssertReply("skipped 7 NextCalled")
            .StartTestAsync();
    }

    [Fact]
    public async Task ContinueDialogAsync_StepWaitsWithoutPrompt_NextStepGetsMessageText()
    {
        var waterfall = new WaterfallDialog<CounterValues>("Steps",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("say something", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"you said {step.ResultAs<string>()}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);

        await _host.Flow(() => DialogTestHost.Root(waterfall))
            .Send("hi").AssertReply("say something")
            .Send("hello there").AssertReply("you said hello there")
            .StartTestAsync();
    }

    [Fact]
    public async Task GetOptions_OnALaterTurn_ReturnsTheTypedOptionsTheWaterfallBeganWith()
    {
        var starter = new WaterfallDialog<CounterValues>("Starter",
        [
            (step, ct) => step.BeginDialogAsync("Greeter", new GreeterOptions("Anna", 3), ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]);
        var greeter = new WaterfallDialog<CounterValues>("Greeter",
        [
            (step, ct) => step.PromptAsync(nameof(TextPrompt), FakePromptRenderer.Ask("AskAnything"), ct),
            async (step, ct) =>
            {
                var options = step.GetOptions<GreeterOptions>()!;
                await step.Context.SendActivityAsync($"{options.Name} {options.Times}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);

        await _host.Flow(() => DialogTestHost.Root(starter, greeter, new TextPrompt(nameof(TextPrompt), FakePromptRenderer.Instance)))
            .Send("hi").AssertReply("AskAnything")
            .Send("anything").AssertReply("Anna 3")
            .StartTestAsync();
    }

    [Fact]
    public async Task BeginDialogAsync_ChildEndsInTheSameTurn_NextStepSeesValuesSetBeforeHandingOver()
    {
        var parent = new WaterfallDialog<CounterValues>("Parent",
        [
            async (step, ct) =>
            {
                step.Values.Count = 5;
                return await step.BeginDialogAsync("Child", cancellationToken: ct);
            },
            async (step, ct) =>
            {
                step.Values = step.Values with { Count = step.Values.Count + step.ResultAs<int>() };
                return await step.PromptAsync(nameof(TextPrompt), FakePromptRenderer.Ask("AskAnything"), ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"count {step.Values.Count}", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);
        var child = new WaterfallDialog<CounterValues>("Child", [(step, ct) => step.EndDialogAsync(10, ct)]);

        await _host.Flow(() => DialogTestHost.Root(parent, child, new TextPrompt(nameof(TextPrompt), FakePromptRenderer.Instance)))
            .Send("hi").AssertReply("AskAnything")
            .Send("anything").AssertReply("count 15")
            .StartTestAsync();
    }

    [Fact]
    public async Task ResultAs_ResultOfAnotherType_ThrowsNamingTheStep()
    {
        var waterfall = new WaterfallDialog<CounterValues>("Steps",
        [
            (step, ct) => step.NextAsync(42, ct),
            (step, ct) => step.EndDialogAsync(step.ResultAs<string>(), ct),
        ]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _host.Flow(() => DialogTestHost.Root(waterfall)).Send("hi").StartTestAsync());

        Assert.Contains("Step 1 of 'Steps'", error.Message);
    }

    [Fact]
    public async Task NextAsync_CalledTwiceInOneStep_Throws()
    {
        var waterfall = new WaterfallDialog<CounterValues>("Steps",
        [
            async (step, ct) =>
            {
                await step.NextAsync(cancellationToken: ct);
                return await step.NextAsync(cancellationToken: ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => _host.Flow(() => DialogTestHost.Root(waterfall)).Send("hi").StartTestAsync());
    }

    [Fact]
    public void Constructor_NoSteps_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WaterfallDialog<CounterValues>("Steps", []));
    }

    private static ComponentDialog PersonRoot() => DialogTestHost.Root(
        new WaterfallDialog<PersonValues>("Person", [AskNameStepAsync, AskAgeStepAsync, SummaryStepAsync]),
        new TextPrompt(nameof(TextPrompt), FakePromptRenderer.Instance),
        new NumberPrompt(nameof(NumberPrompt), FakePromptRenderer.Instance));

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<PersonValues> step, CancellationToken ct) =>
        step.PromptAsync(nameof(TextPrompt), FakePromptRenderer.Ask("AskName"), ct);

    private static Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext<PersonValues> step, CancellationToken ct)
    {
        step.Values.Name = step.ResultAs<string>();
        return step.PromptAsync(nameof(NumberPrompt), FakePromptRenderer.Ask("AskAge"), ct);
    }

    private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext<PersonValues> step, CancellationToken ct)
    {
        step.Values.Age = step.ResultAs<int>();
        await step.Context.SendActivityAsync($"{step.Values.Name} is {step.Values.Age} ({step.Values.Age.GetType().Name})", cancellationToken: ct);
        return await step.EndDialogAsync(step.Values, ct);
    }

    private sealed class PersonValues
    {
        public string? Name { get; set; }

        public int Age { get; set; }
    }

    private sealed record CounterValues
    {
        public int Count { get; set; }
    }

    private sealed record GreeterOptions(string Name, int Times);
}
