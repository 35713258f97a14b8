using Termine.Bot.Conversation;

namespace Termine.Bot.Tests.Conversation;

public sealed class DialogInstanceTests
{
    [Fact]
    public void GetState_AfterSetState_ReturnsTheTypedValue()
    {
        var instance = new DialogInstance { Id = "Dialog", Version = "1" };
        var start = new DateTimeOffset(2026, 12, 7, 9, 30, 0, TimeSpan.FromHours(1));

        instance.SetState("count", 3);
        instance.SetState("start", start);
        instance.SetState("values", new Values("Anna", [1, 2], Kind.Second));

        Assert.Equal(3, instance.GetState<int>("count"));
        Assert.Equal(start, instance.GetState<DateTimeOffset>("start"));
        Assert.Equal(TimeSpan.FromHours(1), instance.GetState<DateTimeOffset>("start").Offset);
        var values = instance.GetState<Values>("values")!;
        Assert.Equal(("Anna", Kind.Second), (values.Name, values.Kind));
        Assert.Equal([1, 2], values.Numbers);
    }

    [Fact]
    public void GetState_MissingKey_ReturnsDefault()
    {
        var instance = new DialogInstance { Id = "Dialog", Version = "1" };

        Assert.Equal(0, instance.GetState<int>("count"));
        Assert.Null(instance.GetState<Values>("values"));
    }

    [Fact]
    public void SetState_ThenMutatingTheValue_DoesNotChangeWhatWasStored()
    {
        var instance = new DialogInstance { Id = "Dialog", Version = "1" };
        var numbers = new List<int> { 1 };

        instance.SetState("numbers", numbers);
        numbers.Add(2);

        Assert.Equal([1], instance.GetState<List<int>>("numbers"));
    }

    [Fact]
    public void SetState_Enum_IsStoredByName()
    {
        var instance = new DialogInstance { Id = "Dialog", Version = "1" };

        instance.SetState("kind", Kind.Second);

        Assert.Equal("\"Second\"", instance.State["kind"]!.ToJsonString());
    }

    private enum Kind
    {
        First,
        Second,
    }

    private sealed record Values(string Name, List<int> Numbers, Kind Kind);
}
