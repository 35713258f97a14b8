using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>
/// The time of day a wish asks for: slot starts from <see cref="NotBefore"/> and before <see cref="StartBefore"/>, as
/// <see cref="DateWish"/> carries them; tells a named part of the day from a clock time ("17:30" arrives as the hour
/// from 17:30).
/// </summary>
internal readonly record struct WishWindow(TimeOnly? NotBefore, TimeOnly? StartBefore)
{
    private static readonly TimeOnly Noon = new(12, 0);
    private static readonly TimeOnly Evening = new(16, 0);

    public static WishWindow Of(DateWish wish) => new(wish.NotBefore, wish.StartBefore);

    public bool IsOpen => NotBefore is null && StartBefore is null;

    /// <summary>A clock time or a short stretch ("um 10", "zwischen 10 und 11"): both ends, at most an hour apart.</summary>
    public bool IsClockTime => NotBefore is { } from && StartBefore is { } to && to > from && to - from <= TimeSpan.FromHours(1);

    /// <summary>
    /// The part of the day the window is, when it is exactly one as the parser makes them ("vormittags" = before 12:00);
    /// null for a clock time, another window ("before 10", "after 14:00") or no time at all.
    /// </summary>
    public DayPart? Part => (NotBefore, StartBefore) switch
    {
        (null, { } to) when to == Noon => DayPart.Morning,
        ({ } from, null) when from == Noon => DayPart.Afternoon,
        ({ } from, null) when from == Evening => DayPart.Evening,
        _ => null,
    };

    /// <summary>The time told to the resident for a window that is no part of the day ("after 15:45", "before 8").</summary>
    public TimeOnly? Wished => NotBefore ?? StartBefore;

    public bool Contains(TimeOnly start) =>
        (NotBefore is not { } from || start >= from) && (StartBefore is not { } to || start < to);

    /// <summary>The part of the day all these starts fall into, if they share one.</summary>
    public static DayPart? PartOf(IEnumerable<TimeOnly> starts)
    {
        var all = starts.ToList();
        return all.Count == 0 ? null
            : all.All(s => s < Noon) ? DayPart.Morning
            : all.All(s => s >= Evening) ? DayPart.Evening
            : all.All(s => s >= Noon) ? DayPart.Afternoon
            : null;
    }
}
