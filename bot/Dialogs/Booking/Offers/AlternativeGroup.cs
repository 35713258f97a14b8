using Termine.Booking.Scheduling;

namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>Slots offered instead of the wish, and what of the wish was given up for them.</summary>
/// <param name="Part">The part of the day all the slots are in, when the change is about one (the other part of the
/// wished day, or the wished part on other days).</param>
public sealed record AlternativeGroup(WishChange Change, IReadOnlyList<Slot> Slots, DayPart? Part = null);

/// <summary>What an alternative changes of the wish, from the least to the most.</summary>
public enum WishChange
{
    /// <summary>The wished day at another time than the wished clock time.</summary>
    SameDayOtherTime,

    /// <summary>The wished day (or weekday) in another part of the day.</summary>
    SameWeekdayOtherPartOfDay,

    /// <summary>The wished part of the day on the nearest open days before and after.</summary>
    SamePartOfDayNearestDays,

    /// <summary>The same weekday one week later.</summary>
    SameWeekdayNextWeek,

    /// <summary>Whatever is free soonest.</summary>
    NearestFree,
}
