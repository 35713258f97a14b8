using System.ComponentModel.DataAnnotations;

namespace Termine.Bot.Api;

public sealed class RateLimitingOptions
{
    public const string SectionName = "Termine:RateLimiting";

    /// <summary>Anonymous reads (services, slots, looking up an appointment) per client and minute.</summary>
    [Range(1, 100_000)]
    public int ReadsPerMinute { get; set; } = 120;

    /// <summary>Anonymous writes (booking, cancelling) per client and hour.</summary>
    [Range(1, 100_000)]
    public int WritesPerHour { get; set; } = 20;
}
