using Microsoft.Bot.Builder;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation;

public sealed class ComponentDialogTests
{
    private readonly DialogTestHost _host = new();

    [Fact]
    public async Task BeginDialogAsync_ComponentNestedInAnother_InnerResultReachesOuterStep()
    {
        await _host.Flow(NestedRoot)
            .Send("hi").AssertReply("AskName")
            .Send("Anna").AssertReply("inner got Anna").AssertReply("outer got ANNA")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, _host.Results[^1].Status);
        Assert.Equal("ANNA", _host.Results[^1].Result);
    }

    [Fact]
    public async Task OnContinueDialogAsync_HelpInterruption_RepromptsTheNestedPrompt()
    {
        await _host.Flow(() => new HelpCancelDialog(NestedRoot()))
            .Send("hi").AssertReply("AskName")
            .Send("help").AssertReply("Type your name.").AssertReply("AskName")
            .Send("Anna").AssertReply("inner got Anna").AssertReply("outer got ANNA")
            .StartTestAsync();
    }

    [Fact]
    public async Task OnContinueDialogAsync_CancelInterruption_CancelsAllAndTheNextMessageStartsOver()
    {
        await _host.Flow(() => new HelpCancelDialog(NestedRoot()))
            .Send("hi").AssertReply("AskName")
            .Send("cancel").AssertReply("Cancelled.")
            .Send("hello again").AssertReply("AskName")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, _host.Results[1].Status);
    }

    [Fact]
    public async Task OnContinueDialogAsync_InnerContext_HasTheOuterContextAsParent()
    {
        var spy = new ParentSpyDialog(NestedRoot());

        await _host.Flow(() => spy)
            .Send("hi").AssertReply("AskName")
            .Send("Anna").AssertReply("inner got Anna").AssertReply("outer got ANNA")
            .StartTestAsync();

        Assert.Equal(["Spy"], spy.ParentStackIds);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_ThroughParentFromANestedStep_ClearsTheOuterStack()
    {
        var inner = new WaterfallDialog<Nothing>("Inner", [(step, ct) => step.Parent!.CancelAllDialogsAsync(ct)]);
        var outer = new WaterfallDialog<Nothing>("Outer",
        [
            (step, ct) => step.BeginDialogAsync("Component", cancellationToken: ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("outer resumed", cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]);
        var component = new ComponentDialog("Component").AddDialog(inner);

        await _host.Flow(() => DialogTestHost.Root(outer, component))
            .Send("hi").AssertNoReply("nothing resumes a cancelled stack", 300)
            .StartTestAsync();

        // The root component's inner stack (the parent of "Component") is empty, so the root has ended too.
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete), _host.Results[0]);
    }

    [Fact]
    public void AddDialog_NoInitialDialogId_DefaultsToTheFirstDialogAdded()
    {
        var component = new ComponentDialog("Component")
            .AddDialog(new TextPrompt("First", FakePromptRenderer.Instance))
            .AddDialog(new TextPrompt("Second", FakePromptRenderer.Instance));

        Assert.Equal("First", component.InitialDialogId);
    }

    [Fact]
    public void AddDialog_DuplicateId_Throws()
    {
        var component = new ComponentDialog("Component").AddDialog(new TextPrompt("Name", FakePromptRenderer.Instance));

        Assert.Throws<ArgumentException>(() => component.AddDialog(new TextPrompt("Name", FakePromptRenderer.Instance)));
    }

    /// <summary>Root → Outer waterfall → Inner component → Inner waterfall → text prompt.</summary>
    private static ComponentDialog NestedRoot()
    {
        var innerSteps = new WaterfallDialog<Nothing>("InnerSteps",
        [
            (step, ct) => step.PromptAsync(nameof(TextPrompt), FakePromptRenderer.Ask("AskName"), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"inner got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.ResultAs<string>()!.ToUpperInvariant(), ct);
            },
        ]);
        var inner = new ComponentDialog("Inner")
            .AddDialog(innerSteps)
            .AddDialog(new TextPrompt(nameof(TextPrompt), FakePromptRenderer.Instance));
        var outer = new WaterfallDialog<Nothing>("Outer",
        [
            (step, ct) => step.BeginDialogAsync("Inner", cancellationToken: ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"outer got {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        return DialogTestHost.Root(outer, inner);
    }

    private sealed class Nothing;

    /// <summary>The interruption pattern: "help" explains and asks again, "cancel" ends everything.</summary>
    private sealed class HelpCancelDialog : ComponentDialog
    {
        public HelpCancelDialog(ComponentDialog journey)
            : base("HelpCancel") => AddDialog(journey);

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text)
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("Type your name.", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }

    private sealed class ParentSpyDialog : ComponentDialog
    {
        public ParentSpyDialog(ComponentDialog journey)
            : base("Spy") => AddDialog(journey);

        public List<string> ParentStackIds { get; } = [];

        protected override Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            ParentStackIds.AddRange(innerDc.Parent!.Stack.Select(instance => instance.Id));
            return base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }
}
