namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// One thing understood in a stretch [<see cref="Start"/>, <see cref="End"/>) of the text: a day or range of days,
/// a weekday, a time or window, or "as early as possible". Several mentions make up one <see cref="DateWish"/>.
/// </summary>
internal sealed record Mention(int Start, int End)
{
    public int Length => End - Start;

    /// <summary>First day meant (inclusive); with <see cref="To"/> null when the mention is a weekday or time only.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>A weekday without a date ("Thursday"): the next one, or the one inside another mention's range.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>A weekday that recurs ("Tuesdays", "по вторникам").</summary>
    public DayOfWeek? Recurring { get; init; }

    /// <summary>A clock time ("at 10", "um 10 Uhr"); without a bound it means the hour from that time.</summary>
    public TimeOnly? At { get; init; }

    public TimeOnly? NotBefore { get; init; }

    public TimeOnly? StartBefore { get; init; }

    public bool AsEarlyAsPossible { get; init; }

    public Bound Bound { get; init; }

    /// <summary>A greeting that looks like a date ("Guten Morgen"): it hides what overlaps it and means nothing.</summary>
    public bool IsGreeting { get; init; }

    /// <summary>Set by our own tables, which win over the recognizer on the same stretch of text.</summary>
    public bool IsOwn { get; init; }

    public bool HasDate => From is not null || Weekday is not null;

    public bool IsTimeOnly => !HasDate && Recurring is null && !AsEarlyAsPossible
        && (At is not null || NotBefore is not null || StartBefore is not null);

    public bool Overlaps(Mention other) => Start < other.End && other.Start < End;

    public Mention WithPartOfDay(PartOfDay part) => part switch
    {
        PartOfDay.Morning => this with { StartBefore = new TimeOnly(12, 0) },
        PartOfDay.Afternoon => this with { NotBefore = new TimeOnly(12, 0) },
        _ => this with { NotBefore = new TimeOnly(16, 0) },
    };
}
