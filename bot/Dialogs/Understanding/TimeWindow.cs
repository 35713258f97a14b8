namespace Termine.Bot.Dialogs.Understanding;

/// <summary>Slot starts from <see cref="NotBefore"/> (inclusive) to <see cref="StartBefore"/> (exclusive); null is open.</summary>
internal readonly record struct TimeWindow(TimeOnly? NotBefore, TimeOnly? StartBefore)
{
    public bool IsOpen => NotBefore is null && StartBefore is null;

    public bool IsEmpty => NotBefore is { } from && StartBefore is { } to && from >= to;

    public TimeWindow Intersect(TimeWindow other) => new(
        Max(NotBefore, other.NotBefore),
        Min(StartBefore, other.StartBefore));

    /// <summary>All <paramref name="windows"/> at once; when they contradict ("morning or afternoon"), the first.</summary>
    public static TimeWindow Common(IReadOnlyList<TimeWindow> windows)
    {
        var common = windows.Aggregate(new TimeWindow(null, null), (all, window) => all.Intersect(window));
        return common.IsEmpty ? windows[0] : common;
    }

    private static TimeOnly? Max(TimeOnly? a, TimeOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static TimeOnly? Min(TimeOnly? a, TimeOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
