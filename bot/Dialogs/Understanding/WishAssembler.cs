namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// Makes one <see cref="DateWish"/> of the mentions found in a text: picks among overlapping candidates, joins
/// ranges ("from … to …"), attaches "after"/"before"/"until" and combines days, weekdays and times.
/// </summary>
internal static class WishAssembler
{
    /// <summary>The days a weekday can be excluded from ("any day but Monday"): the office's working days.</summary>
    private static readonly DayOfWeek[] WorkingDays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static DateWish? Assemble(List<Mention> candidates, string text, DatePatterns patterns, DateOnly today)
    {
        var mentions = AttachBounds(JoinRanges(Choose(candidates, text), text, patterns, today), text, patterns)
            .Where(mention => !mention.IsGreeting)
            .ToList();
        if (mentions.Count == 0)
        {
            return null;
        }

        var excluded = mentions.Where(m => m.Bound == Bound.Except).Select(m => m.Weekday ?? m.Recurring).OfType<DayOfWeek>().ToHashSet();
        mentions.RemoveAll(m => m.Bound == Bound.Except);
        var recurring = mentions.Where(m => m.Recurring is not null).Select(m => m.Recurring!.Value).ToHashSet();
        if (excluded.Count > 0)
        {
            recurring = (recurring.Count > 0 ? [.. recurring] : WorkingDays).Except(excluded).ToHashSet();
        }

        var asEarlyAsPossible = mentions.Any(m => m.AsEarlyAsPossible);
        var days = Days(mentions, today);
        var time = Time(mentions);
        if (days is null && recurring.Count == 0 && !asEarlyAsPossible && time.IsOpen)
        {
            return null;
        }

        var (from, to) = days ?? (today, today.AddDays(DateWish.HorizonDays));
        if (to >= today)
        {
            from = OfficeCalendar.Later(from, today);
        }

        if (to < from)
        {
            // "before today" and the like: no day can be meant.
            return null;
        }

        return new DateWish(from, to, recurring.Count > 0 ? recurring : null, time.NotBefore, time.StartBefore, asEarlyAsPossible);
    }

    /// <summary>
    /// The longest candidate wins a stretch of text; on equal length our own tables, then their order. A recognizer
    /// reading that our own readings explain word for word gives way to them ("gelecek hafta pazartesi" is next week
    /// and Monday, so "… hariç" can take Monday out of the week). A reading that lost stays lost with all its parts:
    /// when "1 aralıktan 5" wins over "5 aralığa", "aralığa" alone does not come back as the whole of December.
    /// </summary>
    private static List<Mention> Choose(List<Mention> candidates, string text)
    {
        var own = candidates.Where(c => c.IsOwn).ToList();
        var chosen = new List<Mention>();
        var lost = new List<Mention>();
        var unexplained = candidates.Where(c => c.IsOwn || !IsExplained(c, own, text));
        foreach (var candidate in unexplained.OrderByDescending(c => c.Length).ThenByDescending(c => c.IsOwn))
        {
            var isPartOfLoser = lost.Any(l => l.Start <= candidate.Start && candidate.End <= l.End);
            (chosen.Any(candidate.Overlaps) || isPartOfLoser ? lost : chosen).Add(candidate);
        }

        return [.. chosen.OrderBy(m => m.Start)];
    }

    /// <summary>Whether the <paramref name="own"/> readings inside <paramref name="reading"/> cover all its words.</summary>
    private static bool IsExplained(Mention reading, List<Mention> own, string text)
    {
        var covered = new bool[reading.Length];
        var tiles = new List<Mention>();
        foreach (var tile in own.Where(o => reading.Start <= o.Start && o.End <= reading.End).OrderByDescending(o => o.Length))
        {
            if (!tiles.Any(tile.Overlaps))
            {
                tiles.Add(tile);
                Array.Fill(covered, true, tile.Start - reading.Start, tile.Length);
            }
        }

        return tiles.Count > 0 && Enumerable.Range(0, reading.Length).All(i => covered[i] || !char.IsLetterOrDigit(text[reading.Start + i]));
    }

    private static List<Mention> JoinRanges(List<Mention> mentions, string text, DatePatterns patterns, DateOnly today)
    {
        var joined = new List<Mention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (i + 1 < mentions.Count && IsRange(mentions[i], mentions[i + 1], text, patterns)
                && Join(mentions[i], mentions[i + 1], today) is { } range)
            {
                // "from" before the range is part of it, not an "after" for its first day.
                var lead = patterns.RangeLead?.Match(text[(joined.Count > 0 ? joined[^1].End : 0)..range.Start]);
                joined.Add(lead is { Success: true } ? range with { Start = range.Start - lead.Length } : range);
                i++;
                continue;
            }

            joined.Add(mentions[i]);
        }

        return joined;
    }

    private static bool IsRange(Mention first, Mention second, string text, DatePatterns patterns)
    {
        var sameKind = (first.HasDate && second.HasDate) || (first.IsTimeOnly && second.IsTimeOnly);
        if (!sameKind || first.Bound != Bound.None || second.Bound != Bound.None)
        {
            return false;
        }

        var gap = text[first.End..second.Start];
        return patterns.RangeGap?.IsMatch(gap) == true
            || (string.IsNullOrWhiteSpace(gap) && patterns.RangeEnd?.IsMatch(text[second.End..]) == true);
    }

    private static Mention? Join(Mention first, Mention second, DateOnly today)
    {
        var span = new Mention(first.Start, second.End);
        if (first.IsTimeOnly)
        {
            return (first.At ?? first.NotBefore) is { } start && (second.At ?? second.StartBefore) is { } end && start < end
                ? span with { NotBefore = start, StartBefore = end }
                : null;
        }

        var from = first.From ?? OfficeCalendar.NextOrSame(today, first.Weekday!.Value);
        var to = second.To ?? second.From ?? OfficeCalendar.NextOrSame(from, second.Weekday!.Value);
        return to >= from ? span with { From = from, To = to } : null;
    }

    private static List<Mention> AttachBounds(List<Mention> mentions, string text, DatePatterns patterns)
    {
        var bound = new List<Mention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Bound == Bound.None && (mention.HasDate || mention.At is not null || mention.Recurring is not null))
            {
                var before = text[(i > 0 ? mentions[i - 1].End : 0)..mention.Start];
                var after = text[mention.End..(i + 1 < mentions.Count ? mentions[i + 1].Start : text.Length)];
                mention = mention with { Bound = BoundIn(patterns.BoundBefore, before) ?? BoundIn(patterns.BoundAfter, after) ?? Bound.None };
            }

            bound.Add(mention);
        }

        return bound;
    }

    private static Bound? BoundIn(System.Text.RegularExpressions.Regex? regex, string text) =>
        regex?.Match(text) is not { Success: true } match ? null
            : match.Groups["after"].Success ? Bound.After
            : match.Groups["before"].Success ? Bound.Before
            : match.Groups["until"].Success ? Bound.Until
            : Bound.Except;

    /// <summary>The days meant, all day mentions at once where they overlap ("next week, Tuesday"); null if none.</summary>
    private static (DateOnly From, DateOnly To)? Days(List<Mention> mentions, DateOnly today)
    {
        var ranges = mentions.Where(m => m.From is not null).Select(m => Bounded(m, m.From!.Value, m.To ?? m.From!.Value, today)).ToList();

        // A weekday alone is the next one, or the first one inside the range given with it.
        var searchFrom = ranges.Count > 0 ? ranges[0].From : today;
        ranges.AddRange(mentions.Where(m => m.From is null && m.Weekday is not null).Select(m =>
        {
            var date = OfficeCalendar.NextOrSame(OfficeCalendar.Later(searchFrom, today), m.Weekday!.Value);
            return Bounded(m, date, date, today);
        }));
        if (ranges.Count == 0)
        {
            return null;
        }

        var common = ranges[0];
        foreach (var (from, to) in ranges.Skip(1))
        {
            var (laterFrom, earlierTo) = (OfficeCalendar.Later(common.From, from), OfficeCalendar.Earlier(common.To, to));
            if (laterFrom <= earlierTo)
            {
                common = (laterFrom, earlierTo);
            }
        }

        return common;
    }

    private static (DateOnly From, DateOnly To) Bounded(Mention mention, DateOnly from, DateOnly to, DateOnly today) => mention.Bound switch
    {
        Bound.After => (from, from.AddDays(DateWish.HorizonDays)),
        Bound.Before => (today, from.AddDays(-1)),
        Bound.Until => (today, to),
        _ => (from, to),
    };

    /// <summary>
    /// The time window: parts of the day and explicit windows together, and clock times ("um 10" is the hour from
    /// 10:00) inside them; a clock time that contradicts the part of the day ("nachmittags um 10") wins.
    /// </summary>
    private static TimeWindow Time(List<Mention> mentions)
    {
        var windows = mentions.Where(m => m.At is null && (m.NotBefore is not null || m.StartBefore is not null))
            .Select(m => new TimeWindow(m.NotBefore, m.StartBefore))
            .ToList();
        var dayPart = windows.Count > 0 ? TimeWindow.Common(windows) : new TimeWindow(null, null);
        var clocks = mentions.Where(m => m.At is not null).Select(Clock).ToList();
        if (clocks.Count == 0)
        {
            return dayPart;
        }

        var clock = TimeWindow.Common(clocks);
        var both = clock.Intersect(dayPart);
        return both.IsEmpty ? clock : both;
    }

    private static TimeWindow Clock(Mention mention) => mention.Bound switch
    {
        Bound.After => new TimeWindow(mention.At, null),
        Bound.Before or Bound.Until => new TimeWindow(null, mention.At),
        // The hour from the time, but not past midnight (TimeOnly would wrap around to the morning).
        _ => new TimeWindow(mention.At, mention.At!.Value.Hour < 23 ? mention.At.Value.AddHours(1) : null),
    };
}
