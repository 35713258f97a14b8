using Termine.Booking.Scheduling;

namespace Termine.Bot.Admin.Pages.Settings;

/// <summary>The calendar as its form posts it: up to three opening intervals a weekday (the gaps are the breaks), desks per team.</summary>
public sealed class CalendarForm
{
    public const int IntervalsPerDay = 3;

    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public List<DayForm> Days { get; set; } = [];

    public Dictionary<string, int> Desks { get; set; } = [];

    public string? NewTeam { get; set; }

    public int NewTeamDesks { get; set; }

    public bool CloseOnCustomaryDays { get; set; }

    public sealed class DayForm
    {
        public DayOfWeek Day { get; set; }

        public List<IntervalForm> Intervals { get; set; } = [];
    }

    public sealed class IntervalForm
    {
        public TimeOnly? From { get; set; }

        public TimeOnly? To { get; set; }
    }

    public static CalendarForm From(SchedulingOptions options) => new()
    {
        Days = Week.Select(day => new DayForm
        {
            Day = day,
            Intervals = [.. (options.OpeningHours.GetValueOrDefault(day) ?? []).OrderBy(i => i.From)
                .Select(i => new IntervalForm { From = i.From, To = i.To })
                .Concat(Enumerable.Range(0, IntervalsPerDay).Select(_ => new IntervalForm()))
                .Take(Math.Max(IntervalsPerDay, options.OpeningHours.GetValueOrDefault(day)?.Count ?? 0))],
        }).ToList(),
        Desks = new Dictionary<string, int>(options.Desks),
        CloseOnCustomaryDays = options.CloseOnCustomaryDays,
    };

    /// <summary>Writes hours, desks and the customary days into a copy of the calendar; a team set to 0 desks is dropped.</summary>
    public void ApplyTo(SchedulingOptions options)
    {
        options.OpeningHours = Days.ToDictionary(
            d => d.Day,
            d => d.Intervals.Where(i => i.From is not null || i.To is not null)
                .Select(i => new OpeningInterval { From = i.From ?? TimeOnly.MinValue, To = i.To ?? TimeOnly.MinValue }).ToList());
        options.Desks = Desks.Where(d => d.Value != 0).ToDictionary();
        if (!string.IsNullOrWhiteSpace(NewTeam))
        {
            options.Desks[NewTeam.Trim().ToLowerInvariant()] = NewTeamDesks;
        }

        options.CloseOnCustomaryDays = CloseOnCustomaryDays;
    }
}
