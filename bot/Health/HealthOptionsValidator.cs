using Microsoft.Extensions.Options;

namespace Termine.Bot.Health;

/// <summary>Checked at start; each failure names the key, the value and what is allowed.</summary>
internal sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        var failures = new List<string>();
        if (options.OutboxMaxAge < TimeSpan.FromMinutes(1) || options.OutboxMaxAge > TimeSpan.FromDays(1))
        {
            failures.Add($"Termine:Health:OutboxMaxAge is {options.OutboxMaxAge}; it must be between 00:01:00 and 1.00:00:00.");
        }

        if (options.SmtpTimeout < TimeSpan.FromMilliseconds(100) || options.SmtpTimeout > TimeSpan.FromMinutes(1))
        {
            failures.Add($"Termine:Health:SmtpTimeout is {options.SmtpTimeout}; it must be between 00:00:00.1 and 00:01:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
