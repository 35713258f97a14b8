using Microsoft.Extensions.Options;

namespace Termine.Booking.Waitlist;

/// <summary>Each wrong value named with its key, what it is and what is allowed, so the start stops with one clear line.</summary>
public sealed class WaitlistOptionsValidation : IValidateOptions<WaitlistOptions>
{
    public ValidateOptionsResult Validate(string? name, WaitlistOptions options)
    {
        var failures = new List<string>();
        Check(options.OfferHoldTime, nameof(WaitlistOptions.OfferHoldTime), TimeSpan.FromMinutes(15), TimeSpan.FromDays(7), failures);
        Check(options.ShortOfferHoldTime, nameof(WaitlistOptions.ShortOfferHoldTime), TimeSpan.FromMinutes(15), options.OfferHoldTime, failures);
        Check(options.ShortOfferWithin, nameof(WaitlistOptions.ShortOfferWithin), TimeSpan.Zero, TimeSpan.FromDays(14), failures);
        Check(options.SweepInterval, nameof(WaitlistOptions.SweepInterval), TimeSpan.FromSeconds(5), TimeSpan.FromHours(1), failures);
        if (options.MaxDaysAhead is < 1 or > 730)
        {
            failures.Add($"{WaitlistOptions.SectionName}:{nameof(WaitlistOptions.MaxDaysAhead)} is {options.MaxDaysAhead}; it must be between 1 and 730.");
        }

        if (options.DefaultWindowDays < 1 || options.DefaultWindowDays > options.MaxDaysAhead)
        {
            failures.Add($"{WaitlistOptions.SectionName}:{nameof(WaitlistOptions.DefaultWindowDays)} is {options.DefaultWindowDays}; it must be between 1 and MaxDaysAhead ({options.MaxDaysAhead}).");
        }

        if (options.MaxUnansweredOffers is < 1 or > 20)
        {
            failures.Add($"{WaitlistOptions.SectionName}:{nameof(WaitlistOptions.MaxUnansweredOffers)} is {options.MaxUnansweredOffers}; it must be between 1 and 20.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(TimeSpan value, string key, TimeSpan min, TimeSpan max, List<string> failures)
    {
        if (value < min || value > max)
        {
            failures.Add($"{WaitlistOptions.SectionName}:{key} is {value}; it must be between {min} and {max}.");
        }
    }
}
