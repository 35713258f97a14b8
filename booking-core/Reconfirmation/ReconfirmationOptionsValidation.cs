using Microsoft.Extensions.Options;
using Termine.Booking.Notifications;

namespace Termine.Booking.Reconfirmation;

/// <summary>
/// The release deadline must fall after the last reminder (which warns of it) and before the appointment: otherwise a
/// resident could lose an appointment without having been told.
/// </summary>
public sealed class ReconfirmationOptionsValidation(IOptions<MailOptions> mail) : IValidateOptions<ReconfirmationOptions>
{
    public ValidateOptionsResult Validate(string? name, ReconfirmationOptions options)
    {
        var problems = new List<string>();
        var leads = mail.Value.ReminderLeadTimes.Where(l => l > TimeSpan.Zero).ToList();
        var shortest = leads.Count == 0 ? (TimeSpan?)null : leads.Min();
        if (options.ReleaseHoursBefore < 1 || (shortest is { } lead && options.ReleaseBefore >= lead))
        {
            var limit = shortest is { } l ? $" and fewer than the shortest reminder lead time ({l.TotalHours:0} hours, Termine:Mail:ReminderLeadTimes)" : "";
            problems.Add($"{ReconfirmationOptions.SectionName}:{nameof(options.ReleaseHoursBefore)} is {options.ReleaseHoursBefore}; it must be at least 1{limit}, so the reminder that warns comes before the release.");
        }

        if (options.ReleaseUnconfirmed && shortest is null)
        {
            problems.Add($"{ReconfirmationOptions.SectionName}:{nameof(options.ReleaseUnconfirmed)} is true, but Termine:Mail:ReminderLeadTimes is empty; releasing needs a reminder that warns first.");
        }

        if (options.Interval < TimeSpan.FromSeconds(1) || options.Interval > TimeSpan.FromHours(1))
        {
            problems.Add($"{ReconfirmationOptions.SectionName}:{nameof(options.Interval)} is {options.Interval}; it must be between 00:00:01 and 01:00:00.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
