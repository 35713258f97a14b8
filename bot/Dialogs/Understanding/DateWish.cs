using Termine.Booking.Scheduling;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// A resident's date wish as the conversation understood it. <see cref="From"/> and <see cref="To"/> are inclusive
/// office-local days; <see cref="Weekdays"/> is set only for recurring wishes ("Tuesdays"); the times follow
/// <see cref="SlotQuery"/>: a slot must start at or after <see cref="NotBefore"/> and before <see cref="StartBefore"/>.
/// </summary>
public sealed record DateWish(
    DateOnly From,
    DateOnly To,
    IReadOnlySet<DayOfWeek>? Weekdays,
    TimeOnly? NotBefore,
    TimeOnly? StartBefore,
    bool AsEarlyAsPossible)
{
    /// <summary>How far an open wish ("after 15 December", "Tuesdays", "as early as possible") looks ahead, in days.</summary>
    public const int HorizonDays = 60;

    public SlotQuery ToQuery(string serviceId, int persons, int limit) =>
        new(serviceId, From, To, persons, Weekdays, NotBefore, StartBefore, limit);
}
