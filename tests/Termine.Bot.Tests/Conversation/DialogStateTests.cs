using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Termine.Bot.Conversation;
using Termine.Bot.Tests.Conversation.Support;

namespace Termine.Bot.Tests.Conversation;

/// <summary>The stack must survive whatever serialiser a storage uses; the SDK's BotState uses Newtonsoft.Json.</summary>
public sealed class DialogStateTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 30, 0, TimeSpan.FromHours(1));

    public static TheoryData<string> NewtonsoftSettings => ["default", "typeNames"];

    [Theory]
    [MemberData(nameof(NewtonsoftSettings))]
    public void Newtonsoft_RoundTrip_KeepsStackVersionsAndTypedState(string settings)
    {
        var serializerSettings = settings == "typeNames"
            ? new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }
            : new JsonSerializerSettings();

        var json = JsonConvert.SerializeObject(SampleState(), serializerSettings);
        var restored = JsonConvert.DeserializeObject<DialogState>(json, serializerSettings)!;

        AssertIsSample(restored);
    }

    [Fact]
    public void Newtonsoft_ReadWithDateParsing_KeepsTheOffsetOfStoredInstants()
    {
        var json = JsonConvert.SerializeObject(SampleState());

        var restored = JsonConvert.DeserializeObject<DialogState>(
            json, new JsonSerializerSettings { DateParseHandling = DateParseHandling.DateTime })!;

        Assert.Equal(TimeSpan.FromHours(1), restored.DialogStack[0].GetState<DateTimeOffset>("start").Offset);
    }

    [Fact]
    public void SystemTextJson_RoundTrip_KeepsStackVersionsAndTypedState()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(SampleState());
        var restored = System.Text.Json.JsonSerializer.Deserialize<DialogState>(json)!;

        AssertIsSample(restored);
    }

    [Fact]
    public async Task ConversationState_SavedToMemoryStorage_IsReadBackByANewConversationState()
    {
        var storage = new MemoryStorage();
        using (var firstTurn = TestTurn.Create())
        {
            var state = new ConversationState(storage);
            await state.CreateProperty<DialogState>(nameof(DialogState)).SetAsync(firstTurn, SampleState());
            await state.SaveChangesAsync(firstTurn);
        }

        using var secondTurn = TestTurn.Create();
        var restored = await new ConversationState(storage).CreateProperty<DialogState>(nameof(DialogState)).GetAsync(secondTurn);

        AssertIsSample(restored);
    }

    private static DialogState SampleState()
    {
        var prompt = new DialogInstance { Id = "Prompt", Version = "1" };
        prompt.SetState("attemptCount", 2);
        prompt.SetState("start", Start);
        var inner = new DialogState { DialogStack = [prompt] };
        var component = new DialogInstance { Id = "Component", Version = "7" };
        component.SetState("dialogs", inner);
        return new DialogState { DialogStack = [prompt, component] };
    }

    private static void AssertIsSample(DialogState state)
    {
        Assert.Equal(["Prompt:1", "Component:7"], state.DialogStack.Select(instance => $"{instance.Id}:{instance.Version}"));
        var prompt = state.DialogStack[0];
        Assert.Equal(2, prompt.GetState<int>("attemptCount"));
        Assert.Equal(Start, prompt.GetState<DateTimeOffset>("start"));
        Assert.Equal(Start.Offset, prompt.GetState<DateTimeOffset>("start").Offset);
        var inner = state.DialogStack[1].GetState<DialogState>("dialogs")!;
        Assert.Equal(2, inner.DialogStack.Single().GetState<int>("attemptCount"));
    }
}
