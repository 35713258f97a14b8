using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>
/// The slots to offer for a date wish, as a competent clerk would: those that fit it; otherwise the reason and the
/// nearest slots that keep as much of the wish as possible — the same day at another time, the same day in another
/// part of the day, the same part of the day on the nearest open days, the same weekday a week later, whatever is
/// free soonest — at most two such groups.
/// </summary>
public sealed class SlotOffers(
    ServiceCatalog catalog, SlotFinder finder, SlotGrid grid, OfficeClock clock, IOptions<SchedulingOptions> options)
{
    /// <summary>How far before and after the wished days the nearest days are looked for.</summary>
    private const int NearbyDays = 14;

    /// <summary>Free slots read to choose from: enough for a week of quarter hours, cheap to compute.</summary>
    private const int Pool = 500;

    /// <summary>A clerk names at most two alternatives before the resident loses track.</summary>
    private const int MaxGroups = 2;

    /// <summary>How many of a wish's days are looked at for alternatives (a wish is at most two months long).</summary>
    private const int MaxWishDays = 62;

    private readonly ObstacleFinder _obstacles = new(options, grid, clock);

    public async Task<SlotOffer> FindAsync(string serviceId, int persons, DateWish wish, int limit, CancellationToken cancellationToken)
    {
        var service = catalog.Find(serviceId) ?? throw new ArgumentException($"The service '{serviceId}' is not in the catalog.", nameof(serviceId));
        var window = WishWindow.Of(wish);
        var matching = await FreeAsync(service, persons, wish.From, wish.To, wish.Weekdays, window, Pool, cancellationToken);
        if (matching.Count > 0)
        {
            return new SlotOffer.Matching(wish.AsEarlyAsPossible ? [.. matching.Take(limit)] : SlotSpreader.Spread(matching, limit));
        }

        var days = WishedDays(wish);
        var why = _obstacles.Find(service, persons, days, window);
        var groups = await AlternativesAsync(service, persons, wish, days, window, limit, why is WishObstacle.TooSoon or WishObstacle.InThePast, cancellationToken);
        return groups.Count == 0 ? new SlotOffer.None(why) : new SlotOffer.Alternatives(why, groups);
    }

    private async Task<IReadOnlyList<AlternativeGroup>> AlternativesAsync(
        ServiceDefinition service, int persons, DateWish wish, IReadOnlyList<DateOnly> days, WishWindow window, int limit, bool tooSoon,
        CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var horizon = grid.Horizon(service);
        var inReach = days.Where(d => d >= today && d <= horizon).ToList();
        var groups = new List<AlternativeGroup>();
        var offered = new HashSet<DateTimeOffset>();
        var wanted = limit;

        void Add(WishChange change, IEnumerable<Slot> slots, DayPart? part = null)
        {
            var fresh = slots.Where(s => !offered.Contains(s.Start)).Take(wanted).OrderBy(s => s.Start).ToList();
            if (fresh.Count > 0 && groups.Count < MaxGroups)
            {
                groups.Add(new AlternativeGroup(change, fresh, part));
                offered.UnionWith(fresh.Select(s => s.Start));
                wanted -= fresh.Count;
            }
        }

        bool Done() => wanted <= 0 || groups.Count >= MaxGroups;

        if (inReach.Count > 0 && !window.IsOpen)
        {
            var wholeDays = await FreeAsync(service, persons, inReach[0], inReach[^1], wish.Weekdays, default, Pool, cancellationToken);
            if (window.IsClockTime)
            {
                Add(WishChange.SameDayOtherTime, NearestToTime(wholeDays, window.NotBefore!.Value, wanted));
            }
            else
            {
                var otherPart = wholeDays.Where(s => !window.Contains(TimeOnly.FromDateTime(s.Start.DateTime))).ToList();
                var spread = SlotSpreader.Spread(otherPart, wanted);
                Add(WishChange.SameWeekdayOtherPartOfDay, spread, WishWindow.PartOf(spread.Select(s => TimeOnly.FromDateTime(s.Start.DateTime))));
            }
        }

        // "Tuesday" said on a Tuesday too late for today means the next Tuesday: the weekday and the time of day are
        // kept before the nearest days are offered. Otherwise the nearest days come first but leave room for it.
        IReadOnlyList<Slot> nextWeekSlots = [];
        if (wish.From == wish.To && wish.From.AddDays(7) is var nextWeek && nextWeek >= today && nextWeek <= horizon)
        {
            var sameTime = await FreeAsync(service, persons, nextWeek, nextWeek, null, window, Pool, cancellationToken);
            nextWeekSlots = sameTime.Count > 0 ? sameTime : await FreeAsync(service, persons, nextWeek, nextWeek, null, default, Pool, cancellationToken);
        }

        var room = nextWeekSlots.Count > 0 ? Math.Max(2, wanted - 2) : wanted;
        if (tooSoon && nextWeekSlots.Count > 0)
        {
            Add(WishChange.SameWeekdayNextWeek, SlotSpreader.Spread(nextWeekSlots, room));
        }

        if (!Done())
        {
            var nearest = await NearestDaysAsync(service, persons, wish, window, wanted, cancellationToken);
            Add(WishChange.SamePartOfDayNearestDays, tooSoon ? nearest : nearest.Take(room), window.Part);
        }

        if (!Done() && !tooSoon && nextWeekSlots.Count > 0)
        {
            Add(WishChange.SameWeekdayNextWeek, SlotSpreader.Spread(nextWeekSlots, wanted));
        }

        if (!Done())
        {
            var soonest = await FreeAsync(service, persons, today, horizon, null, default, Pool, cancellationToken);
            Add(WishChange.NearestFree, SlotSpreader.Spread([.. soonest.Where(s => !offered.Contains(s.Start))], wanted));
        }

        return groups;
    }

    /// <summary>
    /// The wished time of day on the open days nearest to the wished ones, before and after (the day before counts as
    /// near as the day after); two per day, so the resident can choose between days.
    /// </summary>
    private async Task<IReadOnlyList<Slot>> NearestDaysAsync(
        ServiceDefinition service, int persons, DateWish wish, WishWindow window, int wanted, CancellationToken cancellationToken)
    {
        var before = await FreeAsync(service, persons, wish.From.AddDays(-NearbyDays), wish.From.AddDays(-1), null, window, Pool, cancellationToken);
        var after = await FreeAsync(service, persons, wish.To.AddDays(1), wish.To.AddDays(NearbyDays), null, window, Pool, cancellationToken);
        var inside = wish.Weekdays is { Count: > 0 }
            ? await FreeAsync(service, persons, wish.From, wish.To, null, window, Pool, cancellationToken)
            : [];
        int Distance(DateOnly day) => day < wish.From ? wish.From.DayNumber - day.DayNumber : day > wish.To ? day.DayNumber - wish.To.DayNumber : 0;
        var nearest = before.Concat(after).Concat(inside)
            .GroupBy(s => DateOnly.FromDateTime(s.Start.DateTime))
            .OrderBy(day => Distance(day.Key)).ThenBy(day => day.Key)
            .SelectMany(day => SlotSpreader.Spread([.. day], 2))
            .Take(wanted);
        return [.. nearest];
    }

    /// <summary>The free slots closest to a wished clock time, the first wished days first, three a day at most.</summary>
    private static IEnumerable<Slot> NearestToTime(IReadOnlyList<Slot> slots, TimeOnly wished, int wanted)
    {
        var days = slots.GroupBy(s => DateOnly.FromDateTime(s.Start.DateTime)).ToList();
        var perDay = days.Count == 1 ? wanted : 3;
        return days.SelectMany(day => day.OrderBy(s => (s.Start.TimeOfDay - wished.ToTimeSpan()).Duration()).Take(perDay));
    }

    private async Task<IReadOnlyList<Slot>> FreeAsync(
        ServiceDefinition service, int persons, DateOnly from, DateOnly to, IReadOnlySet<DayOfWeek>? weekdays, WishWindow window, int limit,
        CancellationToken cancellationToken)
    {
        if (to < from)
        {
            return [];
        }

        var query = new SlotQuery(service.Id, from, to, persons, weekdays is { Count: > 0 } ? weekdays : null, window.NotBefore, window.StartBefore, limit);
        return await finder.FindAsync(query, cancellationToken) ?? [];
    }

    /// <summary>The wished days in order: the range, only the wished weekdays if any were named.</summary>
    private static IReadOnlyList<DateOnly> WishedDays(DateWish wish)
    {
        var days = new List<DateOnly>();
        for (var day = wish.From; day <= wish.To && days.Count < MaxWishDays; day = day.AddDays(1))
        {
            if (wish.Weekdays is not { Count: > 0 } weekdays || weekdays.Contains(day.DayOfWeek))
            {
                days.Add(day);
            }
        }

        return days;
    }
}
