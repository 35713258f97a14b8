using System.ComponentModel.DataAnnotations;

namespace Termine.Bot.Api;

public sealed class RateLimitingOptions
{
    public const string SectionName = "Termine:RateLimiting";

    /// <summary>Anonymous reads (services, slots, the waiting-area display) per client and minute.</summary>
    [Range(1, 100_000)]
    public int ReadsPerMinute { get; set; } = 120;

    /// <summary>Anonymous writes (booking, cancelling) per client and hour.</summary>
    [Range(1, 100_000)]
    public int WritesPerHour { get; set; } = 20;

    /// <summary>
    /// Looking up an appointment by reference and e-mail address, per client and minute: a resident needs one or two,
    /// so this stays well below the reads, against trying references.
    /// </summary>
    [Range(1, 100_000)]
    public int LookupsPerMinute { get; set; } = 30;

    /// <summary>
    /// Check-ins per client and minute. The office's terminal is one address that checks in everyone, so this is sized
    /// for the busiest morning with room to spare (ten a second), not exempted: the tokens are 256 random bits, the limit
    /// is only against a flood.
    /// </summary>
    [Range(1, 100_000)]
    public int CheckInsPerMinute { get; set; } = 600;
}
