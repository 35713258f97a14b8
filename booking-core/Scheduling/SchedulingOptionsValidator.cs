using Microsoft.Extensions.Options;
using Termine.Booking.Settings;

namespace Termine.Booking.Scheduling;

/// <summary>The calendar's rules, applied at start and to every administrator's edit.</summary>
public sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var problems = Check(options);
        // At start the problems name configuration keys, such as Termine:Scheduling:Desks:residence.
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{SchedulingOptions.SectionName}:{p.Field.Replace('.', ':')} {p.Message}"));
    }

    public static IReadOnlyList<SettingsProblem> Check(SchedulingOptions options)
    {
        var problems = new List<SettingsProblem>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            problems.Add(new("TimeZone", $"= \"{options.TimeZone}\" is not a time zone known on this machine; use an IANA id such as Europe/Berlin."));
        }

        if (options.SlotUnit < TimeSpan.FromMinutes(5) || options.SlotUnit > TimeSpan.FromHours(1) || TimeSpan.FromHours(1).Ticks % options.SlotUnit.Ticks != 0)
        {
            problems.Add(new("SlotUnit", "must divide an hour and be between 5 and 60 minutes."));
        }
        else
        {
            CheckOpeningHours(options, problems);
        }

        if (options.Desks.Count == 0)
        {
            problems.Add(new("Desks", "must name at least one team."));
        }

        foreach (var (team, desks) in options.Desks.Where(d => d.Value is < 1 or > 50))
        {
            problems.Add(new($"Desks.{team}", $"has {desks} desks; each team needs 1 to 50."));
        }

        for (var i = 0; i < options.ClosingDays.Count; i++)
        {
            if (options.ClosingDays.Take(i).Any(d => d.Date == options.ClosingDays[i].Date))
            {
                problems.Add(new($"ClosingDays[{i}]", $"{options.ClosingDays[i].Date:yyyy-MM-dd} is listed twice."));
            }
        }

        return problems;
    }

    private static void CheckOpeningHours(SchedulingOptions options, List<SettingsProblem> problems)
    {
        if (options.OpeningHours.All(d => d.Value.Count == 0))
        {
            problems.Add(new("OpeningHours", "names no weekday."));
        }

        foreach (var (day, intervals) in options.OpeningHours)
        {
            var previousEnd = TimeOnly.MinValue;
            foreach (var interval in intervals.OrderBy(i => i.From))
            {
                if (interval.To <= interval.From || interval.From < previousEnd)
                {
                    problems.Add(new($"OpeningHours.{day}", $"has an empty or overlapping interval {interval.From}-{interval.To}."));
                }

                if (interval.From.Minute % options.SlotUnit.TotalMinutes != 0 || interval.To.Minute % options.SlotUnit.TotalMinutes != 0)
                {
                    problems.Add(new($"OpeningHours.{day}", $"{interval.From}-{interval.To} does not fall on the slot unit."));
                }

                previousEnd = interval.To;
            }
        }
    }
}
