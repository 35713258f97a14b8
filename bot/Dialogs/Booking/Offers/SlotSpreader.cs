using Termine.Booking.Scheduling;

namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>
/// Picks a few slots out of many so that a choice is a real choice: different days when there are several, and on one
/// day times an hour apart rather than five neighbouring quarter hours.
/// </summary>
internal static class SlotSpreader
{
    private static readonly TimeSpan Gap = TimeSpan.FromHours(1);

    /// <param name="slots">Free slots in wall-clock order.</param>
    public static IReadOnlyList<Slot> Spread(IReadOnlyList<Slot> slots, int limit)
    {
        var days = slots.GroupBy(s => DateOnly.FromDateTime(s.Start.DateTime)).ToList();
        var perDay = Math.Max(2, (limit + days.Count - 1) / Math.Max(1, days.Count));
        var chosen = new List<Slot>();
        foreach (var day in days)
        {
            var taken = new List<Slot>();
            foreach (var slot in day.Where(slot => taken.Count < perDay && (taken.Count == 0 || slot.Start - taken[^1].Start >= Gap)))
            {
                taken.Add(slot);
            }

            chosen.AddRange(taken.Take(limit - chosen.Count));
            if (chosen.Count >= limit)
            {
                break;
            }
        }

        // Too few spread out: the nearest of the rest fill up, so the resident still gets as many as asked for.
        chosen.AddRange(slots.Except(chosen).Take(limit - chosen.Count));
        return [.. chosen.OrderBy(s => s.Start)];
    }
}
