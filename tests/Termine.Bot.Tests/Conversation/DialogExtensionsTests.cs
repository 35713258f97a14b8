using Microsoft.Bot.Builder;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation;

public sealed class DialogExtensionsTests
{
    [Fact]
    public async Task RunAsync_NoActiveDialog_BeginsTheRoot()
    {
        var host = new DialogTestHost();

        await host.Flow(() => Journey())
            .Send("hi").AssertReply("AskName")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Waiting, host.Results.Single().Status);
    }

    [Fact]
    public async Task RunAsync_HostRestartsBetweenTurns_ContinuesAtTheRightStepWithValues()
    {
        var storage = new MemoryStorage();

        // Each host has its own adapter, conversation state, accessor and dialog objects; only the storage is shared.
        await new DialogTestHost(storage).Flow(() => Journey())
            .Send("hi").AssertReply("AskName")
            .Send("Anna").AssertReply("AskCity Anna")
            .StartTestAsync();
        await new DialogTestHost(storage).Flow(() => Journey())
            .Send("Köln").AssertReply("Anna from Köln, asked 2 times")
            .StartTestAsync();
    }

    [Fact]
    public async Task RunAsync_StorageKeepingJsonText_ContinuesAfterRestart()
    {
        var storage = new JsonTextStorage();

        await new DialogTestHost(storage).Flow(() => Journey())
            .Send("hi").AssertReply("AskName")
            .Send("Anna").AssertReply("AskCity Anna")
            .StartTestAsync();
        await new DialogTestHost(storage).Flow(() => Journey())
            .Send("Köln").AssertReply("Anna from Köln, asked 2 times")
            .StartTestAsync();

        Assert.DoesNotContain("$type", storage.Items.Values.Single());
    }

    [Fact]
    public async Task RunAsync_RootVersionChanged_TellsTheUserAndStartsOver()
    {
        var storage = new MemoryStorage();
        await new DialogTestHost(storage).Flow(() => Journey())
            .Send("hi").AssertReply("AskName")
            .StartTestAsync();

        await new DialogTestHost(storage).Flow(() => Journey(rootVersion: "2"))
            .Send("Anna").AssertReply(DialogTestHost.StartedOver).AssertReply("AskName")
            .Send("Anna").AssertReply("AskCity Anna")
            .StartTestAsync();
    }

    [Fact]
    public async Task RunAsync_NestedDialogVersionChanged_StartsOver()
    {
        var storage = new MemoryStorage();
        await new DialogTestHost(storage).Flow(() => Journey())
            .Send("hi").AssertReply("AskName")
            .StartTestAsync();

        await new DialogTestHost(storage).Flow(() => Journey(stepsVersion: "2"))
            .Send("Anna").AssertReply(DialogTestHost.StartedOver).AssertReply("AskName")
            .StartTestAsync();
    }

    [Fact]
    public async Task RunAsync_StoredDialogNoLongerExists_StartsOver()
    {
        var storage = new MemoryStorage();
        await new DialogTestHost(storage).Flow(() => Journey())
            .Send("hi").AssertReply("AskName")
            .StartTestAsync();

        var renamed = new WaterfallDialog<ProfileValues>("RenamedSteps", [AskNameStepAsync]);
        await new DialogTestHost(storage).Flow(() => DialogTestHost.Root(renamed, new TextPrompt(nameof(TextPrompt), FakePromptRenderer.Instance)))
            .Send("Anna").AssertReply(DialogTestHost.StartedOver).AssertReply("AskName")
            .StartTestAsync();
    }

    [Fact]
    public async Task RunAsync_SameVersions_DoesNotCallTheVersionHook()
    {
        var storage = new MemoryStorage();

        await new DialogTestHost(storage).Flow(() => Journey(rootVersion: "3", stepsVersion: "5"))
            .Send("hi").AssertReply("AskName")
            .Send("Anna").AssertReply("AskCity Anna")
            .StartTestAsync();
    }

    private static ComponentDialog Journey(string rootVersion = "1", string stepsVersion = "1")
    {
        var steps = new WaterfallDialog<ProfileValues>("Steps", [AskNameStepAsync, AskCityStepAsync, SummaryStepAsync])
        {
            Version = stepsVersion,
        };
        var root = new ComponentDialog("Root") { Version = rootVersion };
        return root.AddDialog(steps).AddDialog(new TextPrompt(nameof(TextPrompt), FakePromptRenderer.Instance));
    }

    private static Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<ProfileValues> step, CancellationToken ct)
    {
        step.Values.Questions++;
        return step.PromptAsync(nameof(TextPrompt), FakePromptRenderer.Ask("AskName"), ct);
    }

    private static Task<DialogTurnResult> AskCityStepAsync(WaterfallStepContext<ProfileValues> step, CancellationToken ct)
    {
        step.Values.Name = step.ResultAs<string>();
        step.Values.Questions++;
        var ask = new PromptOptions { Prompt = new PromptMessage("AskCity", step.Values.Name!) };
        return step.PromptAsync(nameof(TextPrompt), ask, ct);
    }

    private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext<ProfileValues> step, CancellationToken ct)
    {
        var text = $"{step.Values.Name} from {step.Result}, asked {step.Values.Questions} times";
        await step.Context.SendActivityAsync(text, cancellationToken: ct);
        return await step.EndDialogAsync(cancellationToken: ct);
    }

    private sealed record ProfileValues
    {
        public string? Name { get; set; }

        public int Questions { get; set; }
    }
}
