using Termine.Booking.Scheduling;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>A resident's date wish as plain data, so a search can be repeated after a slot was lost.</summary>
public sealed record SlotSearch(DateOnly From, DateOnly To, DayOfWeek[]? Weekdays, TimeOnly? NotBefore, TimeOnly? StartBefore, bool AsEarlyAsPossible = false)
{
    public static SlotSearch Of(Understanding.DateWish wish) =>
        new(wish.From, wish.To, wish.Weekdays?.ToArray(), wish.NotBefore, wish.StartBefore, wish.AsEarlyAsPossible);

    public Understanding.DateWish ToWish() =>
        new(From, To, Weekdays is { Length: > 0 } days ? days.ToHashSet() : null, NotBefore, StartBefore, AsEarlyAsPossible);

    public SlotQuery ToQuery(string serviceId, int persons, int limit) =>
        new(serviceId, From, To, persons, Weekdays is { Length: > 0 } days ? days.ToHashSet() : null, NotBefore, StartBefore, limit);
}
