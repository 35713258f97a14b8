using Microsoft.Extensions.Options;

namespace Termine.Booking.Scheduling;

internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var problems = new List<string>();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            problems.Add($"TimeZone '{options.TimeZone}' is not known on this machine.");
        }

        if (options.SlotUnit < TimeSpan.FromMinutes(5) || options.SlotUnit > TimeSpan.FromHours(1) || TimeSpan.FromHours(1).Ticks % options.SlotUnit.Ticks != 0)
        {
            problems.Add("SlotUnit must divide an hour and be between 5 and 60 minutes.");
        }

        if (options.OpeningHours.Count == 0)
        {
            problems.Add("OpeningHours names no weekday.");
        }

        foreach (var (day, intervals) in options.OpeningHours)
        {
            var previousEnd = TimeOnly.MinValue;
            foreach (var interval in intervals.OrderBy(i => i.From))
            {
                if (interval.To <= interval.From || interval.From < previousEnd)
                {
                    problems.Add($"OpeningHours:{day} has an empty or overlapping interval {interval.From}-{interval.To}.");
                }

                if (interval.From.Minute % options.SlotUnit.TotalMinutes != 0 || interval.To.Minute % options.SlotUnit.TotalMinutes != 0)
                {
                    problems.Add($"OpeningHours:{day} {interval.From}-{interval.To} does not fall on the slot unit.");
                }

                previousEnd = interval.To;
            }
        }

        if (options.Desks.Count == 0 || options.Desks.Any(d => d.Value is < 1 or > 50))
        {
            problems.Add("Desks must name at least one team, each with 1 to 50 desks.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
