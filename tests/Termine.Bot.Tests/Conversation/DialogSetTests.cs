using Microsoft.Bot.Builder;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation;

public sealed class DialogSetTests
{
    [Fact]
    public void Add_DuplicateId_ThrowsInsteadOfRenaming()
    {
        var set = new DialogSet().Add(new TextPrompt("Name", FakePromptRenderer.Instance));

        var error = Assert.Throws<ArgumentException>(() => set.Add(new TextPrompt("Name", FakePromptRenderer.Instance)));

        Assert.Contains("'Name'", error.Message);
    }

    [Fact]
    public void Find_AddedAndUnknownIds_ReturnsTheDialogOrNull()
    {
        var prompt = new TextPrompt("Name", FakePromptRenderer.Instance);
        var set = new DialogSet().Add(prompt);

        Assert.Same(prompt, set.Find("Name"));
        Assert.Null(set.Find("Other"));
    }

    [Fact]
    public async Task CreateContextAsync_WithAccessor_LoadsTheStackSavedInAnEarlierTurn()
    {
        var storage = new MemoryStorage();
        using (var firstTurn = TestTurn.Create())
        {
            var state = new ConversationState(storage);
            var dc = await CreateSet(state).CreateContextAsync(firstTurn);
            dc.Stack.Add(new DialogInstance { Id = "Name", Version = "1" });
            await state.SaveChangesAsync(firstTurn);
        }

        using var secondTurn = TestTurn.Create("again");
        var set = CreateSet(new ConversationState(storage));
        var loaded = await set.CreateContextAsync(secondTurn);

        Assert.Equal("Name", loaded.ActiveDialog?.Id);
        Assert.Null(loaded.Parent);
        Assert.Same(secondTurn, loaded.Context);
        Assert.Same(set, loaded.Dialogs);
    }

    [Fact]
    public async Task CreateContextAsync_WithoutAccessor_Throws()
    {
        using var turnContext = TestTurn.Create();

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogSet().CreateContextAsync(turnContext));
    }

    private static DialogSet CreateSet(ConversationState state) =>
        new DialogSet(state.CreateProperty<DialogState>(nameof(DialogState)))
            .Add(new TextPrompt("Name", FakePromptRenderer.Instance));
}
