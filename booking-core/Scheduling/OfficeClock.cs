using Microsoft.Extensions.Options;

namespace Termine.Booking.Scheduling;

/// <summary>The office's wall clock: turns instants into local dates and times of Europe/Berlin and back.</summary>
public sealed class OfficeClock(TimeProvider time, IOptions<SchedulingOptions> options)
{
    public TimeZoneInfo Zone => options.Value.Zone;

    public DateTimeOffset UtcNow => time.GetUtcNow().ToUniversalTime();

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(UtcNow).DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The instant of a wall-clock time in the office; opening hours never fall into the DST gap.</summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }
}
